package dev.agentchart.generate;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON Schemas of client-java 1.36 models, derived by reflection: one definition per model class
 * reached, for the root {@code $defs} of the values schema. Field names come from each field's
 * {@code @SerializedName}, required fields from the class's {@code openapiRequiredFields}; every
 * object is closed, so that an unknown key is an error at that key, as the API server's strict
 * field validation reports it.
 *
 * <p>A definition states properties, closure and required fields, but not {@code type}: the place
 * that refers to it does, so that an optional field may be {@code null}, which Go's {@code
 * encoding/json}, and so the API server, reads as absent, while a list item or required field may
 * not. Enum-like fields stay plain strings: client-java has no enums for them.
 *
 * <p>Asked for a partial object (a value merged into an object the chart builds itself), it drops
 * the required fields of the top level only; the properties are shared with the full definition,
 * not copied.
 */
final class KubernetesSchemas {

  static final String MODELS = "io.kubernetes.client.openapi.models";

  private static final String DEFS = "#/$defs/";
  private static final String PARTIAL = ".partial";
  private static final String QUANTITY = "Quantity";

  /**
   * The quantity grammar of {@code resource.ParseQuantity} in k8s.io/apimachinery (and of
   * client-java's {@code Quantity.fromString}): a signed decimal number with a binary suffix (Ki to
   * Ei), a decimal suffix (n, u, m, k, M to E) or an exponent. Written for Go's RE2, ECMA-262 and
   * Java alike.
   */
  static final String QUANTITY_PATTERN =
      "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$";

  /** Each model reached, with how it was asked for; sorted by name for stable output. */
  private final Map<String, Model> models = new TreeMap<>();

  /** The shared leaf definitions reached, such as {@code Quantity}. */
  private final Set<String> leaves = new TreeSet<>();

  /** A model class, its properties and required fields, and whether it is used in full or not. */
  private static final class Model {
    final Class<?> type;
    List<String> required;
    Map<String, Object> properties;
    boolean full;
    boolean partial;

    Model(Class<?> type) {
      this.type = type;
    }
  }

  /** The {@code $ref} of {@code model}'s schema, with its required fields. */
  String ref(Class<?> model) {
    Model m = reach(model);
    m.full = true;
    return DEFS + model.getSimpleName();
  }

  /** The {@code $ref} of {@code model}'s schema with nothing required at its top level. */
  String partialRef(Class<?> model) {
    Model m = reach(model);
    if (m.required.isEmpty()) {
      return ref(model);
    }
    m.partial = true;
    return DEFS + model.getSimpleName() + PARTIAL;
  }

  /**
   * The definitions of every model reached so far, by name. A model asked for both in full and
   * partially has its properties in {@code NAME.partial}; {@code NAME} refers to them and adds the
   * required fields.
   */
  Map<String, Object> defs() {
    Map<String, Object> defs = new TreeMap<>();
    for (Model m : models.values()) {
      String name = m.type.getSimpleName();
      if (m.partial) {
        defs.put(name + PARTIAL, closed(m.properties));
      }
      if (m.full) {
        Map<String, Object> def = new LinkedHashMap<>();
        if (m.partial) {
          def.put("$ref", DEFS + name + PARTIAL);
        } else {
          def.putAll(closed(m.properties));
        }
        if (!m.required.isEmpty()) {
          def.put("required", m.required);
        }
        defs.put(name, def);
      }
    }
    if (leaves.contains(QUANTITY)) {
      defs.put(QUANTITY, quantity());
    }
    return defs;
  }

  private Model reach(Class<?> type) {
    if (!isModel(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a client-java model");
    }
    Model known = models.get(type.getSimpleName());
    if (known != null) {
      return known;
    }
    Model m = new Model(type);
    models.put(type.getSimpleName(), m);
    m.required = List.copyOf(requiredFields(type));
    // Registered before its fields are walked, so that a model that reaches itself terminates.
    m.properties = properties(type, new HashSet<>(m.required));
    return m;
  }

  private Map<String, Object> properties(Class<?> type, Set<String> required) {
    Map<String, Object> properties = new TreeMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        SerializedName json = field.getAnnotation(SerializedName.class);
        if (json != null && !Modifier.isStatic(field.getModifiers())) {
          boolean nullable = !required.contains(json.value());
          properties.put(json.value(), field(field.getGenericType(), nullable, type, json.value()));
        }
      }
    }
    return properties;
  }

  /** The schema of a value of {@code type}; {@code nullable} when null means absent. */
  private Map<String, Object> field(Type type, boolean nullable, Class<?> owner, String name) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type instanceof ParameterizedType generic) {
      Type raw = generic.getRawType();
      Type[] arguments = generic.getActualTypeArguments();
      if (raw == List.class) {
        schema.put("type", types(nullable, "array"));
        schema.put("items", field(arguments[0], false, owner, name));
        return schema;
      }
      if (raw == Map.class && arguments[0] == String.class) {
        schema.put("type", types(nullable, "object"));
        schema.put("additionalProperties", field(arguments[1], false, owner, name));
        return schema;
      }
      throw unknown(type, owner, name);
    }
    Class<?> plain = (Class<?>) type;
    if (plain == Object.class) {
      return schema; // free-form JSON, such as managedFields[].fieldsV1
    }
    if (isModel(plain)) {
      schema.put("type", types(nullable, "object"));
      schema.put("$ref", ref(plain));
      return schema;
    }
    if (plain == Quantity.class) {
      leaves.add(QUANTITY);
      schema.put("type", types(nullable, "string", "number"));
      schema.put("$ref", DEFS + QUANTITY);
      return schema;
    }
    schema.put("type", types(nullable, leafTypes(plain, owner, name)));
    return schema;
  }

  private static String[] leafTypes(Class<?> type, Class<?> owner, String name) {
    if (type == String.class || type == OffsetDateTime.class || type == byte[].class) {
      return new String[] {"string"};
    } else if (type == Boolean.class) {
      return new String[] {"boolean"};
    } else if (type == Integer.class || type == Long.class) {
      return new String[] {"integer"};
    } else if (type == Double.class || type == Float.class) {
      return new String[] {"number"};
    } else if (type == IntOrString.class) {
      return new String[] {"integer", "string"};
    }
    throw unknown(type, owner, name);
  }

  /** One JSON type as a string, several (or one and null) as a list. */
  private static Object types(boolean nullable, String... types) {
    List<String> all = new ArrayList<>(List.of(types));
    if (nullable) {
      all.add("null");
    }
    return all.size() == 1 ? all.get(0) : all;
  }

  private static Map<String, Object> closed(Map<String, Object> properties) {
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("properties", properties);
    def.put("additionalProperties", false);
    return def;
  }

  private static Map<String, Object> quantity() {
    Map<String, Object> def = new LinkedHashMap<>();
    def.put(
        "description",
        "A Kubernetes quantity: a number, or a string such as 100m, 1.5, 2Gi or 1e3.");
    def.put("pattern", QUANTITY_PATTERN);
    return def;
  }

  static boolean isModel(Class<?> type) {
    return MODELS.equals(type.getPackageName()) && !type.isEnum();
  }

  @SuppressWarnings("unchecked")
  private static Set<String> requiredFields(Class<?> model) {
    try {
      Field field = model.getField("openapiRequiredFields");
      return new TreeSet<>((Set<String>) field.get(null));
    } catch (NoSuchFieldException e) {
      return Set.of();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the required fields of " + model.getName(), e);
    }
  }

  private static IllegalStateException unknown(Type type, Class<?> owner, String name) {
    return new IllegalStateException(
        "no JSON Schema rule for "
            + owner.getSimpleName()
            + "."
            + name
            + " of type "
            + type.getTypeName()
            + "; add one to KubernetesSchemas");
  }
}
