package dev.agentchart.generate;

import dev.agentchart.model.ChartModel;
import dev.agentchart.model.ValueNode;
import dev.agentchart.model.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the chart's values, derived from the model: Helm checks every install and
 * upgrade against it. Groups are closed (an unknown key is an error, which catches typos that Helm
 * would otherwise ignore); labels, annotations and Kubernetes-typed values stay open.
 */
final class ValuesSchema {

  private ValuesSchema() {}

  /** The {@code properties} of the root object. */
  static Map<String, Object> properties(ChartModel model) {
    return properties(model.values());
  }

  private static Map<String, Object> properties(List<ValueNode> nodes) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (ValueNode node : nodes) {
      properties.put(node.key(), schema(node));
    }
    return properties;
  }

  private static Map<String, Object> schema(ValueNode node) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", Wrap.oneLine(node.doc()));
    if (node instanceof ValueNode.Group group) {
      schema.put("type", "object");
      schema.put("properties", properties(group.children()));
      schema.put("additionalProperties", group.open());
      return schema;
    }
    ValueNode.Value value = (ValueNode.Value) node;
    schema.put("type", value.type().jsonType());
    constraints(value, schema);
    schema.put("default", value.defaultValue());
    return schema;
  }

  private static void constraints(ValueNode.Value value, Map<String, Object> schema) {
    ValueType type = value.type();
    if (type == ValueType.LIST) {
      Map<String, Object> items = new LinkedHashMap<>();
      items.put("type", value.items());
      if (!value.allowed().isEmpty()) {
        items.put("enum", value.allowed());
      }
      schema.put("items", items);
    } else if (!value.allowed().isEmpty()) {
      schema.put("enum", value.allowed());
    }
    if (type == ValueType.MAP) {
      schema.put("additionalProperties", Map.of("type", "string"));
    }
    if (value.pattern() != null) {
      schema.put("pattern", value.pattern());
    }
    if (value.notPattern() != null) {
      schema.put("not", Map.of("pattern", value.notPattern()));
    }
    if (value.minimum() != null) {
      schema.put("minimum", value.minimum());
    }
    if (value.maximum() != null) {
      schema.put("maximum", value.maximum());
    }
  }
}
