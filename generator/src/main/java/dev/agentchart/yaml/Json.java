package dev.agentchart.yaml;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer with a fixed layout: two-space indentation, {@code "key": value}, keys in the
 * order the map gives. Generated files must be byte-identical from run to run, so the layout is
 * spelled out here rather than left to a library's defaults.
 */
public final class Json {

  private Json() {}

  /** One line, no spaces, as Helm's {@code toJson} prints. */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, -1, 0);
    return out.toString();
  }

  /** Indented by two spaces a level; {@code level} is the starting depth of nested lines. */
  public static String pretty(Object value, int level) {
    StringBuilder out = new StringBuilder();
    write(value, out, 2, level);
    return out.toString();
  }

  /** A JSON string literal, which is also a valid double-quoted YAML scalar. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void write(Object value, StringBuilder out, int indent, int level) {
    if (value instanceof Map<?, ?> map) {
      writeMap(map, out, indent, level);
    } else if (value instanceof List<?> list) {
      writeList(list, out, indent, level);
    } else if (value instanceof String s) {
      out.append(quote(s));
    } else {
      out.append(value);
    }
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out, int indent, int level) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      newline(out, indent, level + 1);
      out.append(quote(String.valueOf(e.getKey()))).append(indent < 0 ? ":" : ": ");
      write(e.getValue(), out, indent, level + 1);
    }
    newline(out, indent, level);
    out.append('}');
  }

  private static void writeList(List<?> list, StringBuilder out, int indent, int level) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",");
      newline(out, indent, level + 1);
      write(list.get(i), out, indent, level + 1);
    }
    newline(out, indent, level);
    out.append(']');
  }

  private static void newline(StringBuilder out, int indent, int level) {
    if (indent >= 0) {
      out.append('\n').append(" ".repeat(indent * level));
    }
  }
}
