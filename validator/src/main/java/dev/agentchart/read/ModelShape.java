package dev.agentchart.read;

import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON fields of one client-java model class, read off its {@code @SerializedName} fields, and
 * the fields its generated validator requires ({@code openapiRequiredFields}).
 *
 * @param name the model's simple name, such as {@code V1Container}, for messages
 * @param fields JSON name to the Java type of the field (generic, so {@code List<V1Container>})
 * @param required the JSON names the model requires
 */
record ModelShape(String name, Map<String, Type> fields, Set<String> required) {

  private static final String MODELS = "io.kubernetes.client.openapi.models";

  private static final ClassValue<ModelShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected ModelShape computeValue(Class<?> model) {
          return read(model);
        }
      };

  /** Whether {@code type} is a generated model rather than a leaf such as {@code Quantity}. */
  static boolean isModel(Class<?> type) {
    return MODELS.equals(type.getPackageName()) && !type.isEnum();
  }

  static ModelShape of(Class<?> model) {
    return SHAPES.get(model);
  }

  private static ModelShape read(Class<?> model) {
    Map<String, Type> fields = new LinkedHashMap<>();
    for (Field field : model.getDeclaredFields()) {
      SerializedName json = field.getAnnotation(SerializedName.class);
      if (json != null && !Modifier.isStatic(field.getModifiers())) {
        fields.put(json.value(), field.getGenericType());
      }
    }
    return new ModelShape(
        model.getSimpleName(), Collections.unmodifiableMap(fields), required(model));
  }

  @SuppressWarnings("unchecked")
  private static Set<String> required(Class<?> model) {
    try {
      Field field = model.getField("openapiRequiredFields");
      return Collections.unmodifiableSet(new TreeSet<>((Set<String>) field.get(null)));
    } catch (NoSuchFieldException e) {
      return Set.of();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the required fields of " + model.getName(), e);
    }
  }
}
