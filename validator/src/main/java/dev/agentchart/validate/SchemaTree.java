package dev.agentchart.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chart's values schema as a tree, walked along a values pointer: what keys an object allows,
 * which values an enum takes. Follows local {@code $ref}s into {@code $defs}.
 */
final class SchemaTree {

  private final Map<String, Object> root;

  SchemaTree(Map<String, Object> root) {
    this.root = root;
  }

  /** The schema that applies at {@code pointer} of a values file, if the schema says. */
  Optional<Map<String, Object>> at(String pointer) {
    Map<String, Object> node = resolve(root);
    if (!pointer.isEmpty()) {
      for (String raw : pointer.substring(1).split("/", -1)) {
        String key = raw.replace("~1", "/").replace("~0", "~");
        node = child(node, key);
        if (node == null) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(node);
  }

  /** The keys the object at {@code pointer} declares. */
  List<String> propertiesAt(String pointer) {
    return at(pointer)
        .map(s -> map(s.get("properties")).keySet().stream().toList())
        .orElse(List.of());
  }

  private Map<String, Object> child(Map<String, Object> node, String key) {
    Map<String, Object> properties = map(node.get("properties"));
    if (properties.containsKey(key)) {
      return resolve(map(properties.get(key)));
    }
    if (node.get("items") instanceof Map<?, ?> items && key.chars().allMatch(Character::isDigit)) {
      return resolve(cast(items));
    }
    if (node.get("additionalProperties") instanceof Map<?, ?> additional) {
      return resolve(cast(additional));
    }
    return null;
  }

  private Map<String, Object> resolve(Map<String, Object> node) {
    Map<String, Object> current = node;
    for (int hops = 0; hops < 32 && current.get("$ref") instanceof String ref; hops++) {
      if (!ref.startsWith("#/$defs/")) {
        return current;
      }
      current = map(map(root.get("$defs")).get(ref.substring("#/$defs/".length())));
    }
    return current;
  }

  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? cast(m) : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
