package dev.agentchart.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the model's records from a tree that already satisfies the model schema, so that shape
 * errors are impossible here; only references between parts are left to {@link ModelRules}.
 */
final class ModelReader {

  private ModelReader() {}

  static ChartModel read(Map<String, Object> root) {
    ChartInfo chart = chart(map(root.get("chart")));
    List<Section> sections = new ArrayList<>();
    for (Object item : list(root.get("sections"))) {
      Map<String, Object> s = map(item);
      sections.add(new Section(str(s, "id"), str(s, "title"), str(s, "description")));
    }
    List<ValueNode> values = nodes(map(root.get("values")), "", null);
    List<EnvironmentEntry> environment = environment(list(root.get("environment")), values);
    Map<String, Object> feature = map(root.get("calamariImageVolume"));
    ImageVolumeFeature imageVolume =
        new ImageVolumeFeature(
            str(feature, "enabledBy"),
            str(feature, "minKubeVersion"),
            str(feature, "fallbackWarning"));
    return new ChartModel(chart, sections, values, environment, imageVolume);
  }

  private static ChartInfo chart(Map<String, Object> c) {
    List<Map<String, String>> maintainers = new ArrayList<>();
    for (Object m : list(c.get("maintainers"))) {
      Map<String, String> maintainer = new LinkedHashMap<>();
      map(m).forEach((k, v) -> maintainer.put(k, String.valueOf(v)));
      maintainers.add(maintainer);
    }
    return new ChartInfo(
        str(c, "name"),
        str(c, "version"),
        str(c, "appVersion"),
        str(c, "description"),
        str(c, "home"),
        str(c, "icon"),
        strings(c.get("keywords")),
        strings(c.get("sources")),
        maintainers);
  }

  private static List<ValueNode> nodes(Map<String, Object> keys, String prefix, String section) {
    List<ValueNode> nodes = new ArrayList<>();
    for (Map.Entry<String, Object> entry : keys.entrySet()) {
      Map<String, Object> node = map(entry.getValue());
      String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
      String own = str(node, "section");
      String effective = own != null ? own : section;
      if (node.containsKey("keys")) {
        List<ValueNode> children = nodes(map(node.get("keys")), path, effective);
        boolean open = Boolean.TRUE.equals(node.get("open"));
        nodes.add(
            new ValueNode.Group(entry.getKey(), path, str(node, "doc"), effective, children, open));
      } else {
        nodes.add(value(entry.getKey(), path, effective, node));
      }
    }
    return nodes;
  }

  private static ValueNode.Value value(
      String key, String path, String section, Map<String, Object> node) {
    return new ValueNode.Value(
        key,
        path,
        str(node, "doc"),
        section,
        ValueType.of(str(node, "type")),
        node.get("default"),
        node.containsKey("enum") ? strings(node.get("enum")) : List.of(),
        str(node, "pattern"),
        str(node, "notPattern"),
        number(node.get("minimum")),
        number(node.get("maximum")),
        str(node, "items"),
        node.containsKey("env") ? binding(map(node.get("env"))) : null);
  }

  private static EnvBinding binding(Map<String, Object> env) {
    String emit = str(env, "emit");
    String encoding = str(env, "encoding");
    return new EnvBinding(
        str(env, "name"),
        switch (emit) {
          case "always" -> EnvBinding.Emit.ALWAYS;
          case "nonEmpty" -> EnvBinding.Emit.NON_EMPTY;
          default -> EnvBinding.Emit.WHEN;
        },
        strings(env.get("when")),
        env.containsKey("secretKeyRef")
            ? null
            : EnvBinding.Encoding.valueOf(
                (encoding == null ? "quoted" : encoding).toUpperCase(Locale.ROOT)),
        str(env, "fallback"),
        secretKeyRef(env.get("secretKeyRef")));
  }

  private static List<EnvironmentEntry> environment(List<Object> entries, List<ValueNode> values) {
    List<ValueNode.Value> leaves = new ArrayList<>();
    collectLeaves(values, leaves);
    List<EnvironmentEntry> environment = new ArrayList<>();
    for (Object entry : entries) {
      if (entry instanceof String name) {
        List<ValueNode.Value> sources =
            leaves.stream().filter(v -> v.env() != null && v.env().name().equals(name)).toList();
        environment.add(new EnvironmentEntry.Declared(name, sources));
      } else {
        Map<String, Object> d = map(entry);
        environment.add(
            new EnvironmentEntry.Derived(
                str(d, "name"),
                str(d, "doc"),
                str(d, "value"),
                secretKeyRef(d.get("secretKeyRef")),
                strings(d.get("when")),
                strings(d.get("whenAny"))));
      }
    }
    return environment;
  }

  private static void collectLeaves(List<ValueNode> nodes, List<ValueNode.Value> into) {
    for (ValueNode node : nodes) {
      if (node instanceof ValueNode.Group g) {
        collectLeaves(g.children(), into);
      } else {
        into.add((ValueNode.Value) node);
      }
    }
  }

  private static EnvBinding.SecretKeyRef secretKeyRef(Object ref) {
    if (ref == null) {
      return null;
    }
    Map<String, Object> r = map(ref);
    return new EnvBinding.SecretKeyRef(str(r, "name"), str(r, "key"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }

  private static List<String> strings(Object o) {
    return list(o).stream().map(String::valueOf).toList();
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : String.valueOf(v);
  }

  private static Long number(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }
}
