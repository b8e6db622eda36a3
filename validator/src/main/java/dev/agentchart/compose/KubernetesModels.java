package dev.agentchart.compose;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of client-java models. A composed pod must not share objects with the configuration
 * it came from: merging the ReadWriteOnce pod affinity into a shared affinity, or a caller editing
 * one pod, would otherwise change every pod composed after it.
 *
 * <p>The copy walks the model's fields directly (client-java's strings, numbers, quantities and
 * int-or-strings are immutable and shared); a JSON round trip per copy cost more than the whole
 * rest of composing a pod.
 */
final class KubernetesModels {

  static final String PACKAGE = "io.kubernetes.client.openapi.models";

  /** Per model class: its no-argument constructor and its instance fields. */
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  private record Shape(Constructor<?> constructor, List<Field> fields) {
    static Shape of(Class<?> type) {
      try {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            field.setAccessible(true);
            fields.add(field);
          }
        }
        return new Shape(constructor, List.copyOf(fields));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no no-argument constructor", e);
      }
    }
  }

  private KubernetesModels() {}

  /** The instance fields of a model class, in declaration order. */
  static List<Field> fields(Class<?> type) {
    return SHAPES.get(type).fields();
  }

  static boolean isModel(Object value) {
    return value != null && value.getClass().getName().startsWith(PACKAGE);
  }

  @SuppressWarnings("unchecked")
  static <T> T copy(T model) {
    return (T) copyValue(model);
  }

  static <T> List<T> copies(List<T> models) {
    List<T> copies = new ArrayList<>();
    for (T model : models) {
      copies.add(copy(model));
    }
    return copies;
  }

  private static Object copyValue(Object value) {
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>(list.size());
      list.forEach(item -> items.add(copyValue(item)));
      return items;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      map.forEach((k, v) -> entries.put(k, copyValue(v)));
      return entries;
    }
    return isModel(value) ? copyModel(value) : value;
  }

  private static Object copyModel(Object model) {
    Shape shape = SHAPES.get(model.getClass());
    try {
      Object copy = shape.constructor().newInstance();
      for (Field field : shape.fields()) {
        field.set(copy, copyValue(field.get(model)));
      }
      return copy;
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot copy " + model.getClass().getSimpleName(), e);
    }
  }
}
