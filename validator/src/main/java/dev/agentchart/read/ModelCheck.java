package dev.agentchart.read;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks a document along the fields of its client-java model and reports, with its field path,
 * every key the model does not have, every required field that is missing and every value of the
 * wrong type. client-java's own {@code fromJson} stops at the first unknown field and names the
 * model but not the path; this walk gives the path and does not stop.
 */
final class ModelCheck {

  private final List<FieldProblem> problems = new ArrayList<>();

  private ModelCheck() {}

  /** Every problem of {@code tree} read as {@code model}; empty when it reads cleanly. */
  static List<FieldProblem> check(Map<String, Object> tree, Class<?> model) {
    ModelCheck check = new ModelCheck();
    check.object("", tree, ModelShape.of(model));
    return List.copyOf(check.problems);
  }

  private void value(String path, Object value, Type type) {
    if (type instanceof ParameterizedType generic) {
      Type raw = generic.getRawType();
      Type[] arguments = generic.getActualTypeArguments();
      if (raw == List.class) {
        list(path, value, arguments[0]);
      } else if (raw == Map.class) {
        map(path, value, arguments[1]);
      } else {
        throw new IllegalStateException("the reader has no rule for fields of type " + type);
      }
      return;
    }
    Class<?> plain = (Class<?>) type;
    if (plain == Object.class) {
      return; // free-form JSON, such as managedFields[].fieldsV1
    }
    if (ModelShape.isModel(plain)) {
      object(path, value, ModelShape.of(plain));
    } else {
      leaf(path, value, Leaf.of(plain));
    }
  }

  private void object(String path, Object value, ModelShape shape) {
    if (!(value instanceof Map<?, ?> map)) {
      report(path, "expected a mapping (" + shape.name() + "), found " + FieldPath.describe(value));
      return;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String child = FieldPath.child(path, key);
      Type type = shape.fields().get(key);
      if (type == null) {
        report(child, "unknown field (" + shape.name() + " has no field '" + key + "')");
      } else if (entry.getValue() == null) {
        // JSON null is how Go, and so the API server, reads an absent optional field.
        if (shape.required().contains(key)) {
          report(child, "required field is null (" + shape.name() + " requires '" + key + "')");
        }
      } else {
        value(child, entry.getValue(), type);
      }
    }
    for (String key : shape.required()) {
      if (!map.containsKey(key)) {
        report(
            FieldPath.child(path, key),
            "required field is missing (" + shape.name() + " requires '" + key + "')");
      }
    }
  }

  private void list(String path, Object value, Type item) {
    if (!(value instanceof List<?> items)) {
      report(path, "expected a list, found " + FieldPath.describe(value));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      nonNull(FieldPath.item(path, i), items.get(i), item);
    }
  }

  private void map(String path, Object value, Type entryType) {
    if (!(value instanceof Map<?, ?> entries)) {
      report(path, "expected a mapping, found " + FieldPath.describe(value));
      return;
    }
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      nonNull(FieldPath.child(path, String.valueOf(entry.getKey())), entry.getValue(), entryType);
    }
  }

  /** A list item or map value, where null is not "absent" but a wrong value. */
  private void nonNull(String path, Object value, Type type) {
    if (value == null && type != Object.class) {
      report(path, "expected " + expectation(type) + ", found null");
    } else {
      value(path, value, type);
    }
  }

  private void leaf(String path, Object value, Leaf leaf) {
    if (!leaf.accepts(value)) {
      report(path, "expected " + leaf.expected(value) + ", found " + leaf.found(value));
    }
  }

  private static String expectation(Type type) {
    if (type instanceof ParameterizedType generic) {
      return generic.getRawType() == List.class ? "a list" : "a mapping";
    }
    Class<?> plain = (Class<?>) type;
    if (ModelShape.isModel(plain)) {
      return "a mapping (" + ModelShape.of(plain).name() + ")";
    }
    return Leaf.of(plain).expected(null);
  }

  private void report(String path, String message) {
    problems.add(new FieldProblem(path.isEmpty() ? "(root)" : path, message));
  }
}
