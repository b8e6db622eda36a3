package dev.agentchart.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of value the chart accepts. The Kubernetes kinds are validated as the API server would
 * validate the object they end up in.
 */
public enum ValueType {
  STRING("string", String.class),
  BOOLEAN("boolean", Boolean.class),
  INTEGER("integer", Long.class),
  ENUM("enum", String.class),
  LIST("list", List.class),
  MAP("map", Map.class),
  OBJECT("object", Map.class),
  AFFINITY("affinity", Map.class),
  TOLERATIONS("tolerations", List.class),
  RESOURCES("resources", Map.class),
  POD_SECURITY_CONTEXT("podSecurityContext", Map.class),
  SECURITY_CONTEXT("securityContext", Map.class),
  NODE_SELECTOR("nodeSelector", Map.class),
  POD_SPEC("podSpec", Map.class),
  CONTAINER_SPEC("containerSpec", Map.class),
  ENV_VARS("envVars", List.class),
  POLICY_RULES("policyRules", List.class),
  LOCAL_OBJECT_REFERENCES("localObjectReferences", List.class);

  private final String modelName;
  private final Class<?> javaType;

  ValueType(String modelName, Class<?> javaType) {
    this.modelName = modelName;
    this.javaType = javaType;
  }

  /** The name written in the model and shown in the README. */
  public String modelName() {
    return modelName;
  }

  /** Whether {@code value}, as read from YAML, is of this kind. */
  public boolean accepts(Object value) {
    return javaType.isInstance(value);
  }

  /** True for the kinds that hold a Kubernetes API object. */
  public boolean isKubernetes() {
    return ordinal() >= AFFINITY.ordinal();
  }

  /** JSON Schema's name for the container type: object, array, string, boolean or integer. */
  public String jsonType() {
    if (javaType == List.class) {
      return "array";
    }
    if (javaType == Map.class) {
      return "object";
    }
    return this == ENUM ? "string" : modelName;
  }

  static ValueType of(String modelName) {
    for (ValueType type : values()) {
      if (type.modelName.equals(modelName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown value type " + modelName.toLowerCase(Locale.ROOT));
  }
}
