package dev.agentchart.compose;

import com.google.gson.annotations.SerializedName;
import dev.agentchart.yaml.YamlWriter;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Pod;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A composed pod as the text people review. client-java 27 models start every list and map field as
 * an empty collection, and its JSON writer prints them, so a pod would carry dozens of {@code
 * finalizers: []} lines that the agent never sends and the API server never stores. They are left
 * out here; an empty model object such as {@code emptyDir: {}} stays, because it means something.
 */
public final class PodDocument {

  /** Per model class, its serialized fields in declaration order (client-java's JSON order). */
  private static final ClassValue<List<Property>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
          return properties(type);
        }
      };

  private record Property(Field field, String name) {}

  private PodDocument() {}

  /** The pod as a plain tree, in client-java's field order. */
  public static Map<String, Object> tree(V1Pod pod) {
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) value(pod);
    return tree;
  }

  /** The pod as YAML, strings quoted only where needed. */
  public static String yaml(V1Pod pod) {
    return YamlWriter.document(tree(pod), YamlWriter.Strings.PLAIN_WHERE_SAFE);
  }

  /**
   * Walks the model directly rather than through its JSON: a composed pod is turned into a tree for
   * every case of the matrix, and a JSON round trip per pod would cost more than the rest of the
   * composition.
   */
  private static Object value(Object value) {
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>(list.size());
      list.forEach(item -> items.add(value(item)));
      return items;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> entries = new LinkedHashMap<>();
      map.forEach((k, v) -> entries.put(String.valueOf(k), value(v)));
      return entries;
    }
    if (value instanceof Quantity quantity) {
      return quantity.toSuffixedString();
    }
    if (value instanceof IntOrString intOrString) {
      return intOrString.isInteger()
          ? (Object) intOrString.getIntValue().longValue()
          : intOrString.getStrValue();
    }
    if (value instanceof Integer number) {
      return number.longValue();
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Long) {
      return value;
    }
    if (KubernetesModels.isModel(value)) {
      return model(value);
    }
    return String.valueOf(value);
  }

  private static Map<String, Object> model(Object model) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Property property : PROPERTIES.get(model.getClass())) {
      Object v = get(property.field(), model);
      boolean empty =
          v == null
              || v instanceof List<?> l && l.isEmpty()
              || v instanceof Map<?, ?> m && m.isEmpty();
      if (!empty) {
        fields.put(property.name(), value(v));
      }
    }
    return fields;
  }

  private static List<Property> properties(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    for (Field field : KubernetesModels.fields(type)) {
      SerializedName name = field.getAnnotation(SerializedName.class);
      if (name != null) {
        properties.add(new Property(field, name.value()));
      }
    }
    return List.copyOf(properties);
  }

  private static Object get(Field field, Object model) {
    try {
      return field.get(model);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }
}
