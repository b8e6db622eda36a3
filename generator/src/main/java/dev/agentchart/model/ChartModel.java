package dev.agentchart.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole chart as one declarative model: the input of every generated file. */
public record ChartModel(
    ChartInfo chart,
    List<Section> sections,
    List<ValueNode> values,
    List<EnvironmentEntry> environment,
    ImageVolumeFeature calamariImageVolume) {

  /** The defaults as the nested tree values.yaml holds. */
  public Map<String, Object> defaults() {
    return defaults(values);
  }

  private static Map<String, Object> defaults(List<ValueNode> nodes) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (ValueNode node : nodes) {
      if (node instanceof ValueNode.Group group) {
        tree.put(group.key(), defaults(group.children()));
      } else if (node instanceof ValueNode.Value value) {
        tree.put(value.key(), value.defaultValue());
      }
    }
    return tree;
  }

  /** Every value (leaf) of the tree, depth first in model order. */
  public List<ValueNode.Value> leaves() {
    List<ValueNode.Value> leaves = new ArrayList<>();
    collect(values, leaves);
    return leaves;
  }

  private static void collect(List<ValueNode> nodes, List<ValueNode.Value> into) {
    for (ValueNode node : nodes) {
      if (node instanceof ValueNode.Group group) {
        collect(group.children(), into);
      } else {
        into.add((ValueNode.Value) node);
      }
    }
  }

  /** The node at a dotted path, if the model declares it. */
  public Optional<ValueNode> find(String path) {
    List<ValueNode> level = values;
    ValueNode found = null;
    for (String key : path.split("\\.", -1)) {
      found = level.stream().filter(n -> n.key().equals(key)).findFirst().orElse(null);
      if (found == null) {
        return Optional.empty();
      }
      level = found instanceof ValueNode.Group g ? g.children() : List.of();
    }
    return Optional.ofNullable(found);
  }

  /** The section with {@code id}. */
  public Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
