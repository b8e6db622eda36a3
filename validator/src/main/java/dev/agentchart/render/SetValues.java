package dev.agentchart.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --set} arguments in Helm's syntax into a values tree: {@code a.b=1} nests, {@code
 * list[0]=x} and {@code list[0].name=y} index lists, {@code list={a,b}} writes a list, commas
 * separate pairs, a backslash escapes the next character, and values are typed as Helm types them
 * ({@code true}, {@code false}, {@code null}, integers; {@code 0}-prefixed numbers stay strings).
 * Later pairs override earlier ones.
 *
 * <p>helm-java passes its {@code set} values to Helm with every special character escaped, so lists
 * in braces, escaped commas and the order of overlapping keys would not reach Helm as written. The
 * tree built here is handed to Helm as the last values file instead, which Helm merges exactly as
 * it merges its own {@code --set} values over {@code -f} files.
 */
public final class SetValues {

  /** Helm refuses list indexes above this, so that {@code a[999999999]} cannot exhaust memory. */
  static final int MAX_INDEX = 65536;

  private final String text;
  private int pos;

  private SetValues(String text) {
    this.text = text;
  }

  /** The values tree of {@code sets}, applied in order. */
  public static Map<String, Object> parse(List<String> sets) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String set : sets) {
      new SetValues(set).parseInto(values);
    }
    return values;
  }

  private void parseInto(Map<String, Object> values) {
    if (text.isEmpty()) {
      throw error("empty --set value; expected KEY=VALUE");
    }
    while (pos < text.length()) {
      parsePair(values);
      if (pos < text.length()) {
        pos++; // the comma between pairs
      }
    }
  }

  private void parsePair(Map<String, Object> map) {
    String key = readKey();
    char stop = peek();
    switch (stop) {
      case '=' -> {
        pos++;
        map.put(key, readValue());
      }
      case '.' -> {
        pos++;
        parsePair(childMap(map, key));
      }
      case '[' -> {
        List<Object> list = childList(map, key);
        map.put(key, parseIndexed(list));
      }
      default -> throw error("key \"" + key + "\" has no value; expected " + key + "=VALUE");
    }
  }

  /** {@code [i]} then {@code =v}, {@code .key...} or another {@code [j]}. */
  private List<Object> parseIndexed(List<Object> list) {
    int index = readIndex();
    while (list.size() <= index) {
      list.add(null);
    }
    char stop = peek();
    switch (stop) {
      case '=' -> {
        pos++;
        list.set(index, readValue());
      }
      case '.' -> {
        pos++;
        Map<String, Object> child =
            list.get(index) instanceof Map<?, ?> m ? cast(m) : new LinkedHashMap<>();
        list.set(index, child);
        parsePair(child);
      }
      case '[' -> {
        List<Object> child =
            list.get(index) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
        list.set(index, parseIndexed(child));
      }
      default -> throw error("list index [" + index + "] has no value");
    }
    return list;
  }

  private int readIndex() {
    pos++; // '['
    int close = text.indexOf(']', pos);
    if (close < 0) {
      throw error("unclosed '[' in a list index");
    }
    String digits = text.substring(pos, close);
    pos = close + 1;
    try {
      int index = Integer.parseInt(digits);
      if (index < 0) {
        throw error("negative list index " + index);
      }
      if (index > MAX_INDEX) {
        throw error("list index " + index + " is above the maximum of " + MAX_INDEX);
      }
      return index;
    } catch (NumberFormatException e) {
      throw error("list index '" + digits + "' is not a number");
    }
  }

  private String readKey() {
    StringBuilder key = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        key.append(text.charAt(pos + 1));
        pos += 2;
      } else if (c == '=' || c == '.' || c == '[' || c == ',') {
        break;
      } else {
        key.append(c);
        pos++;
      }
    }
    if (key.isEmpty()) {
      throw error("empty key");
    }
    return key.toString();
  }

  private Object readValue() {
    if (peek() == '{') {
      return readList();
    }
    return typed(readUntil(","));
  }

  private List<Object> readList() {
    pos++; // '{'
    List<Object> items = new ArrayList<>();
    while (pos < text.length() && text.charAt(pos) != '}') {
      items.add(typed(readUntil(",}")));
      if (peek() == ',') {
        pos++;
      }
    }
    if (pos >= text.length()) {
      throw error("unclosed '{' in a list value");
    }
    pos++; // '}'
    return items;
  }

  private String readUntil(String stops) {
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        value.append(text.charAt(pos + 1));
        pos += 2;
      } else if (stops.indexOf(c) >= 0) {
        break;
      } else {
        value.append(c);
        pos++;
      }
    }
    return value.toString();
  }

  /** Helm's typing of a {@code --set} value. */
  static Object typed(String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("null")) {
      return null;
    }
    if (value.equals("0")) {
      return 0L;
    }
    if (!value.isEmpty() && value.charAt(0) != '0') {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        return value;
      }
    }
    return value;
  }

  private Map<String, Object> childMap(Map<String, Object> map, String key) {
    Map<String, Object> child =
        map.get(key) instanceof Map<?, ?> m ? cast(m) : new LinkedHashMap<>();
    map.put(key, child);
    return child;
  }

  private static List<Object> childList(Map<String, Object> map, String key) {
    return map.get(key) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("--set " + text + ": " + message);
  }
}
