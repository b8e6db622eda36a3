package dev.agentchart.validate;

import dev.agentchart.yaml.LocatedYaml;
import dev.agentchart.yaml.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's values file as the rules see it: what the user wrote, where, and the chart's default for
 * anything the user left out, because Helm merges the two.
 */
final class ValuesFile {

  private final LocatedYaml yaml;
  private final Map<String, Object> defaults;

  ValuesFile(LocatedYaml yaml, Map<String, Object> defaults) {
    this.yaml = yaml;
    this.defaults = defaults;
  }

  String name() {
    return yaml.file();
  }

  Object root() {
    return yaml.root();
  }

  /** Whether the user wrote a value at {@code pointer}. */
  boolean isSet(String pointer) {
    return find(yaml.root(), pointer).isPresent();
  }

  /** The value at {@code pointer}: the user's if written, else the chart's default. */
  Object effective(String pointer) {
    return find(yaml.root(), pointer).orElseGet(() -> find(defaults, pointer).orElse(null));
  }

  String effectiveString(String pointer) {
    return effective(pointer) instanceof String s ? s : null;
  }

  boolean effectiveTrue(String pointer) {
    return Boolean.TRUE.equals(effective(pointer));
  }

  Location valueLocation(String pointer) {
    return yaml.valueLocation(pointer);
  }

  Location keyLocation(String pointer) {
    return yaml.keyLocation(pointer);
  }

  private static Optional<Object> find(Object root, String pointer) {
    Object node = root;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String key = raw.replace("~1", "/").replace("~0", "~");
      if (node instanceof Map<?, ?> map && map.containsKey(key)) {
        node = map.get(key);
      } else if (node instanceof List<?> list
          && key.matches("\\d+")
          && Integer.parseInt(key) < list.size()) {
        node = list.get(Integer.parseInt(key));
      } else {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(node);
  }
}
