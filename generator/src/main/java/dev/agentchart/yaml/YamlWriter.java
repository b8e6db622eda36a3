package dev.agentchart.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes trees as block YAML, the way a person would write them: plain keys, sequences indented
 * under their key. Strings are either all double-quoted, as in values.yaml, where a user copies
 * them and {@code "9.2.4285"} or {@code "Y"} must never turn into a number or a boolean; or quoted
 * only where plain YAML would misread them, as in golden files meant for review.
 */
public final class YamlWriter {

  /** How strings are written. */
  public enum Strings {
    /** Every string double-quoted. */
    QUOTED,
    /** Plain where YAML reads the text back as the same string, double-quoted elsewhere. */
    PLAIN_WHERE_SAFE
  }

  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  private YamlWriter() {}

  /** Whether {@code value} is written on the key's own line. */
  public static boolean isInline(Object value) {
    return !(value instanceof Map<?, ?> m && !m.isEmpty())
        && !(value instanceof List<?> l && !l.isEmpty());
  }

  /** An inline value, strings quoted: a scalar, {@code {}} or {@code []}. */
  public static String inline(Object value) {
    return inline(value, Strings.QUOTED);
  }

  private static String inline(Object value, Strings strings) {
    if (value instanceof Map) {
      return "{}";
    }
    if (value instanceof List) {
      return "[]";
    }
    if (value instanceof String s) {
      boolean plain = strings == Strings.PLAIN_WHERE_SAFE && isPlainValue(s) && !isReserved(s);
      return plain ? s : Json.quote(s);
    }
    return String.valueOf(value);
  }

  /** A mapping key, quoted only where plain YAML would misread it. */
  public static String key(String key) {
    return isPlainKey(key) && !isReserved(key) ? key : Json.quote(key);
  }

  /** {@code [A-Za-z_][A-Za-z0-9_./-]*}: a key no YAML reader takes for anything but a string. */
  private static boolean isPlainKey(String key) {
    if (key.isEmpty() || !(isLetter(key.charAt(0)) || key.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(isLetter(c) || isDigit(c) || c == '_' || c == '.' || c == '/' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text that every YAML 1.1 and 1.2 reader takes as a plain string: it starts with a letter, '/'
   * or '_', holds no indicator that could start a comment, flow collection or mapping, and a ':' is
   * always followed by more text. Scanned by hand: golden files write this check for every scalar
   * of every pod.
   */
  private static boolean isPlainValue(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (!(isLetter(first) || first == '_' || first == '/')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = isLetter(c) || isDigit(c) || "_./@+=-".indexOf(c) >= 0;
      boolean colon =
          c == ':' && i + 1 < s.length() && s.charAt(i + 1) != ':' && s.charAt(i + 1) != ' ';
      if (!word && !colon) {
        return false;
      }
    }
    return true;
  }

  private static boolean isReserved(String s) {
    return s.length() <= 5 && RESERVED.contains(s.toLowerCase(Locale.ROOT));
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A whole document: a mapping written as block YAML, ending with a newline. */
  public static String document(Map<String, ?> root, Strings strings) {
    return String.join("\n", block(root, 0, strings)) + "\n";
  }

  /** The lines of a non-empty collection, strings quoted, each after {@code indent} spaces. */
  public static List<String> block(Object value, int indent) {
    return block(value, indent, Strings.QUOTED);
  }

  /** The lines of a non-empty collection, each after {@code indent} spaces. */
  public static List<String> block(Object value, int indent, Strings strings) {
    List<String> lines = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String head = " ".repeat(indent) + key(String.valueOf(e.getKey())) + ":";
        if (isInline(e.getValue())) {
          lines.add(head + " " + inline(e.getValue(), strings));
        } else {
          lines.add(head);
          lines.addAll(block(e.getValue(), indent + 2, strings));
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        lines.addAll(item(item, indent, strings));
      }
    }
    return lines;
  }

  private static List<String> item(Object item, int indent, Strings strings) {
    String dash = " ".repeat(indent) + "- ";
    if (isInline(item)) {
      return List.of(dash + inline(item, strings));
    }
    // Write the item as if it were indented under the dash, then put the dash on its first line.
    List<String> lines = new ArrayList<>(block(item, indent + 2, strings));
    lines.set(0, dash + lines.get(0).substring(indent + 2));
    return lines;
  }
}
