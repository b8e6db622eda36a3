package dev.agentchart.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Schema compiled once and applied to plain Java trees (maps, lists, scalars) such as those
 * {@link dev.agentchart.yaml.LocatedYaml} reads. The schema names its own draft in {@code $schema};
 * draft 2020-12 is assumed only when it names none, as Helm does.
 */
public final class JsonSchema {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Schema schema;
  private final JsonNode node;

  private JsonSchema(Schema schema, JsonNode node) {
    this.schema = schema;
    this.node = node;
  }

  /** Compiles the schema in {@code json}. */
  public static JsonSchema compile(String json) {
    // Sub-schemas are compiled when a value first needs them: a values file touches a few of
    // the chart's hundreds of Kubernetes definitions, and compiling all of them up front would
    // cost a short-lived `validate` more than the validation itself.
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().preloadSchema(false).build()));
    JsonNode node = MAPPER.readTree(json);
    return new JsonSchema(registry.getSchema(node), node);
  }

  /** The schema itself as plain maps and lists, to look up what it declares. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> tree() {
    return MAPPER.convertValue(node, Map.class);
  }

  /** Every violation of the schema by {@code instance}, ordered by pointer. */
  public List<SchemaViolation> validate(Object instance) {
    JsonNode node = MAPPER.valueToTree(instance);
    List<SchemaViolation> violations = new ArrayList<>();
    for (Error error : schema.validate(node)) {
      violations.add(toViolation(error));
    }
    violations.sort(Comparator.comparing(SchemaViolation::subjectPointer));
    return violations;
  }

  private static SchemaViolation toViolation(Error error) {
    String pointer = pointer(error);
    String message = error.getMessage();
    // networknt prefixes the instance location; diagnostics carry their own location.
    int colon = message.indexOf(": ");
    if (colon >= 0 && message.substring(0, colon).equals(pointer.isEmpty() ? "" : pointer)) {
      message = message.substring(colon + 2);
    } else if (message.startsWith(": ")) {
      message = message.substring(2);
    }
    String property = error.getProperty();
    JsonNode instance = error.getInstanceNode();
    String value = instance == null ? "" : MAPPER.writeValueAsString(instance);
    String schemaPointer = pointer(error.getSchemaLocation().getFragment());
    return new SchemaViolation(
        pointer, error.getKeyword(), property, message, value, schemaPointer);
  }

  private static String pointer(Error error) {
    return pointer(error.getInstanceLocation());
  }

  private static String pointer(com.networknt.schema.path.NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
