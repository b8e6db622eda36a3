package dev.agentchart.schema;

/**
 * One way an instance breaks a JSON Schema.
 *
 * @param pointer JSON pointer of the offending value ("" for the root)
 * @param keyword the schema keyword that failed, such as {@code type} or {@code
 *     additionalProperties}
 * @param property for {@code additionalProperties} and {@code required}, the key concerned
 * @param message what is wrong, without the location
 * @param value the offending value as compact JSON, such as {@code "ifNotPresent"}
 * @param schemaPointer JSON pointer, within the schema, of the keyword that failed
 */
public record SchemaViolation(
    String pointer,
    String keyword,
    String property,
    String message,
    String value,
    String schemaPointer) {

  /** The pointer of the key the message is about: the unknown or missing key itself. */
  public String subjectPointer() {
    if (property == null || property.isEmpty()) {
      return pointer;
    }
    return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
  }
}
