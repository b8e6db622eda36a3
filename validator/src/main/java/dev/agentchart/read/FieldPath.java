package dev.agentchart.read;

import dev.agentchart.yaml.Json;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds field paths in the form Kubernetes prints them: {@code spec.containers[0].image}. A map
 * key that would be ambiguous after a dot, such as the label {@code app.kubernetes.io/name}, is
 * written in brackets: {@code metadata.labels["app.kubernetes.io/name"]}.
 */
final class FieldPath {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private FieldPath() {}

  /** The path of a field or map entry {@code key} under {@code parent} ("" for the root). */
  static String child(String parent, String key) {
    if (!PLAIN_KEY.matcher(key).matches()) {
      return parent + "[" + Json.quote(key) + "]";
    }
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** The path of item {@code index} of the list at {@code parent}. */
  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** What a value is, for "found ..." in messages: a quoted string, a number, "a mapping". */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
      return Json.quote(shown);
    }
    if (value instanceof Map) {
      return "a mapping";
    }
    if (value instanceof List) {
      return "a list";
    }
    return String.valueOf(value);
  }
}
