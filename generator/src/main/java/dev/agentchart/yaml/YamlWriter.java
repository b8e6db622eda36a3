package dev.agentchart.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes default values as block YAML, the way a person would write them in values.yaml: plain
 * keys, double-quoted strings (so that {@code "9.2.4285"} or {@code "Y"} never turn into numbers or
 * booleans), sequences indented under their key.
 */
public final class YamlWriter {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  private YamlWriter() {}

  /** Whether {@code value} is written on the key's own line. */
  public static boolean isInline(Object value) {
    return !(value instanceof Map<?, ?> m && !m.isEmpty())
        && !(value instanceof List<?> l && !l.isEmpty());
  }

  /** An inline value: a scalar, {@code {}} or {@code []}. */
  public static String inline(Object value) {
    if (value instanceof Map) {
      return "{}";
    }
    if (value instanceof List) {
      return "[]";
    }
    if (value instanceof String s) {
      return Json.quote(s);
    }
    return String.valueOf(value);
  }

  /** A mapping key, quoted only where plain YAML would misread it. */
  public static String key(String key) {
    boolean plain = PLAIN_KEY.matcher(key).matches() && !RESERVED.contains(key.toLowerCase());
    return plain ? key : Json.quote(key);
  }

  /** A whole document: a mapping written as block YAML, ending with a newline. */
  public static String document(Map<String, ?> root) {
    return String.join("\n", block(root, 0)) + "\n";
  }

  /** The lines of a non-empty collection, each starting with {@code indent} spaces. */
  public static List<String> block(Object value, int indent) {
    List<String> lines = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String head = " ".repeat(indent) + key(String.valueOf(e.getKey())) + ":";
        if (isInline(e.getValue())) {
          lines.add(head + " " + inline(e.getValue()));
        } else {
          lines.add(head);
          lines.addAll(block(e.getValue(), indent + 2));
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        lines.addAll(item(item, indent));
      }
    }
    return lines;
  }

  private static List<String> item(Object item, int indent) {
    String dash = " ".repeat(indent) + "- ";
    if (isInline(item)) {
      return List.of(dash + inline(item));
    }
    // Write the item as if it were indented under the dash, then put the dash on its first line.
    List<String> lines = new ArrayList<>(block(item, indent + 2));
    lines.set(0, dash + lines.get(0).substring(indent + 2));
    return lines;
  }
}
