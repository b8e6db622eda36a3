package dev.agentchart.generate;

import dev.agentchart.model.ChartModel;
import dev.agentchart.model.ValueNode;
import dev.agentchart.model.ValueType;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the chart's values, derived from the model: Helm checks every install and
 * upgrade against it. Groups are closed (an unknown key is an error, which catches typos that Helm
 * would otherwise ignore); labels, annotations and open groups accept any key. Kubernetes-typed
 * values refer to the client-java model schemas of {@link KubernetesSchemas}, collected in the root
 * {@code $defs}.
 */
final class ValuesSchema {

  private final KubernetesSchemas kubernetes = new KubernetesSchemas();
  private final Map<String, Object> properties;

  private ValuesSchema(ChartModel model) {
    this.properties = properties(model.values());
  }

  static ValuesSchema of(ChartModel model) {
    return new ValuesSchema(model);
  }

  /** The {@code properties} of the root object. */
  Map<String, Object> properties() {
    return properties;
  }

  /** The root {@code $defs}: the Kubernetes models the properties refer to, by name. */
  Map<String, Object> defs() {
    return kubernetes.defs();
  }

  private Map<String, Object> properties(List<ValueNode> nodes) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (ValueNode node : nodes) {
      properties.put(node.key(), schema(node));
    }
    return properties;
  }

  private Map<String, Object> schema(ValueNode node) {
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
    if (value.type().isKubernetes()) {
      kubernetes(value.type(), schema);
    }
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

  /**
   * What a Kubernetes-typed value holds. A pod or container spec is merged into the pod or
   * container the chart builds, so it may leave out what the model requires (a container's name).
   */
  private void kubernetes(ValueType type, Map<String, Object> schema) {
    switch (type) {
      case AFFINITY -> schema.put("$ref", kubernetes.ref(V1Affinity.class));
      case TOLERATIONS -> schema.put("items", item(V1Toleration.class));
      case RESOURCES -> schema.put("$ref", kubernetes.ref(V1ResourceRequirements.class));
      case POD_SECURITY_CONTEXT -> schema.put("$ref", kubernetes.ref(V1PodSecurityContext.class));
      case SECURITY_CONTEXT -> schema.put("$ref", kubernetes.ref(V1SecurityContext.class));
      case NODE_SELECTOR -> schema.put("additionalProperties", Map.of("type", "string"));
      case POD_SPEC -> schema.put("$ref", kubernetes.partialRef(V1PodSpec.class));
      case CONTAINER_SPEC -> schema.put("$ref", kubernetes.partialRef(V1Container.class));
      case ENV_VARS -> schema.put("items", item(V1EnvVar.class));
      case POLICY_RULES -> schema.put("items", item(V1PolicyRule.class));
      case LOCAL_OBJECT_REFERENCES -> schema.put("items", item(V1LocalObjectReference.class));
      default -> throw new IllegalArgumentException(type + " is not a Kubernetes type");
    }
  }

  /** A list item: an object, never null, of {@code model}'s schema. */
  private Map<String, Object> item(Class<?> model) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "object");
    item.put("$ref", kubernetes.ref(model));
    return item;
  }
}
