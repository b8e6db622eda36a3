package dev.agentchart.generate;

import dev.agentchart.model.ChartModel;
import dev.agentchart.model.ValueNode;
import dev.agentchart.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of values.yaml, one per model node, prepared for {@code values.yaml.j2}: the template
 * owns the layout of comments and keys, this class owns YAML encoding and wrapping.
 */
final class ValuesDocument {

  private static final int WIDTH = 100;

  private ValuesDocument() {}

  static List<Map<String, Object>> entries(ChartModel model) {
    List<Map<String, Object>> entries = new ArrayList<>();
    add(model, model.values(), 0, entries);
    return entries;
  }

  private static void add(
      ChartModel model, List<ValueNode> nodes, int depth, List<Map<String, Object>> into) {
    for (ValueNode node : nodes) {
      String indent = "  ".repeat(depth);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("indent", indent);
      entry.put("blankBefore", depth == 0 && !into.isEmpty());
      entry.put("key", YamlWriter.key(node.key()));
      // "# -- " and "# " take five and two columns of the width.
      entry.put("comment", Wrap.lines(node.doc(), WIDTH - indent.length() - 5));
      if (node instanceof ValueNode.Group group) {
        entry.put("leaf", false);
        entry.put("section", "");
        entry.put("inline", "");
        entry.put("block", List.of());
        into.add(entry);
        add(model, group.children(), depth + 1, into);
      } else {
        ValueNode.Value value = (ValueNode.Value) node;
        entry.put("leaf", true);
        entry.put("section", model.section(value.section()).map(s -> s.title()).orElse(""));
        boolean inline = YamlWriter.isInline(value.defaultValue());
        entry.put("inline", inline ? " " + YamlWriter.inline(value.defaultValue()) : "");
        entry.put(
            "block",
            inline ? List.of() : YamlWriter.block(value.defaultValue(), indent.length() + 2));
        into.add(entry);
      }
    }
  }
}
