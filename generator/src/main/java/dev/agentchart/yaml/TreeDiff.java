package dev.agentchart.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two parsed YAML or JSON trees by meaning: mappings by key regardless of order, sequences
 * item by item, scalars by value (an integer {@code 5} equals a long {@code 5}).
 */
public final class TreeDiff {

  /** Where two trees differ; {@code expected} or {@code actual} is "(absent)" when missing. */
  public record Difference(String path, String expected, String actual) {
    @Override
    public String toString() {
      return path + ": expected " + expected + ", actual " + actual;
    }
  }

  private static final String ABSENT = "(absent)";

  private TreeDiff() {}

  /** Every difference, with paths such as {@code spec.containers[0].image}. */
  public static List<Difference> compare(Object expected, Object actual) {
    List<Difference> differences = new ArrayList<>();
    compare("", expected, actual, differences);
    return differences;
  }

  private static void compare(String path, Object expected, Object actual, List<Difference> out) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      TreeSet<String> keys = new TreeSet<>();
      e.keySet().forEach(k -> keys.add(String.valueOf(k)));
      a.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String key : keys) {
        String child = path.isEmpty() ? key : path + "." + key;
        if (!e.containsKey(key)) {
          out.add(new Difference(child, ABSENT, show(a.get(key))));
        } else if (!a.containsKey(key)) {
          out.add(new Difference(child, show(e.get(key)), ABSENT));
        } else {
          compare(child, e.get(key), a.get(key), out);
        }
      }
    } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
      for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
        String child = path + "[" + i + "]";
        if (i >= e.size()) {
          out.add(new Difference(child, ABSENT, show(a.get(i))));
        } else if (i >= a.size()) {
          out.add(new Difference(child, show(e.get(i)), ABSENT));
        } else {
          compare(child, e.get(i), a.get(i), out);
        }
      }
    } else if (!sameScalar(expected, actual)) {
      out.add(new Difference(path.isEmpty() ? "(root)" : path, show(expected), show(actual)));
    }
  }

  private static boolean sameScalar(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return x.toString().equals(y.toString())
          || Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    }
    return Objects.equals(a, b);
  }

  private static String show(Object value) {
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      String text = String.valueOf(value);
      return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
    return String.valueOf(value);
  }
}
