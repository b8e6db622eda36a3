package dev.agentchart.validate;

import dev.agentchart.schema.SchemaViolation;
import dev.agentchart.yaml.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Turns the chart schema's JSON-pointer violations into diagnostics at the user's line and column,
 * with what would be right: the key meant by a typo, the right spelling of an enum value, the
 * unquoted boolean.
 */
final class SchemaDiagnostics {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private final SchemaTree schema;

  SchemaDiagnostics(SchemaTree schema) {
    this.schema = schema;
  }

  Diagnostic of(ValuesFile file, SchemaViolation v) {
    return switch (v.keyword()) {
      case "additionalProperties" -> unknownKey(file, v);
      case "type" -> wrongType(file, v);
      case "enum" -> notAllowed(file, v);
      case "required" ->
          error(
              file.valueLocation(v.pointer()),
              "missing-key",
              "missing key '" + v.property() + "' in " + ValuesPath.of(v.pointer()));
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
          error(
              file.valueLocation(v.pointer()),
              "out-of-range",
              "'" + ValuesPath.of(v.pointer()) + "' is " + v.value() + ": " + v.message());
      case "pattern" ->
          error(
              file.valueLocation(v.pointer()),
              "bad-format",
              "'"
                  + ValuesPath.of(v.pointer())
                  + "' is "
                  + v.value()
                  + ", which does not have the format the chart expects ("
                  + v.message()
                  + ")");
      case "not" ->
          error(
              file.valueLocation(v.pointer()),
              "not-allowed",
              "'" + ValuesPath.of(v.pointer()) + "' is " + v.value() + ", which the chart refuses");
      default ->
          error(
              file.valueLocation(v.pointer()),
              "schema",
              "'" + ValuesPath.of(v.pointer()) + "': " + v.message());
    };
  }

  private Diagnostic unknownKey(ValuesFile file, SchemaViolation v) {
    String key = v.property();
    String where = v.pointer().isEmpty() ? "at the top level" : "in " + ValuesPath.of(v.pointer());
    String message = "unknown key '" + key + "' " + where;
    Optional<String> meant = closest(key, schema.propertiesAt(v.pointer()));
    if (meant.isPresent()) {
      message += "; did you mean '" + meant.get() + "'?";
    } else if (belongsAbove(key, v.pointer())) {
      String parent = v.pointer().substring(0, v.pointer().lastIndexOf('/'));
      message += "; it belongs directly under " + ValuesPath.of(parent) + ", one level up";
    } else {
      message += "; the chart does not read it, and Helm would ignore it without a schema";
    }
    return error(file.keyLocation(v.subjectPointer()), "unknown-key", message);
  }

  /** A key placed one level too deep, as {@code podAntiAffinity} under {@code nodeAffinity}. */
  private boolean belongsAbove(String key, String pointer) {
    if (pointer.isEmpty()) {
      return false;
    }
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    return schema.propertiesAt(parent).contains(key);
  }

  private Diagnostic wrongType(ValuesFile file, SchemaViolation v) {
    String path = ValuesPath.of(v.pointer());
    boolean expectsBoolean = v.message().contains("boolean expected");
    if (expectsBoolean && v.value().startsWith("\"")) {
      String text = v.value().substring(1, v.value().length() - 1);
      String fix = text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no") ? "false" : "true";
      return error(
          file.valueLocation(v.pointer()),
          "boolean-as-string",
          "'"
              + path
              + "' is the string "
              + v.value()
              + ", not a boolean; Helm templates treat "
              + "every non-empty string as true, even \"false\": write "
              + fix
              + " without quotes");
    }
    boolean unquoted = v.value().equals("true") || v.value().equals("false");
    if (unquoted && v.message().contains("string expected")) {
      return error(
          file.valueLocation(v.pointer()),
          "unquoted-string",
          "'"
              + path
              + "' is the boolean "
              + v.value()
              + ", not a string: Helm reads unquoted "
              + "y, n, yes, no, on, off, true and false as booleans; put the value in quotes, "
              + "such as \"Y\"");
    }
    return error(
        file.valueLocation(v.pointer()),
        "wrong-type",
        "'" + path + "' is " + v.value() + ": " + v.message());
  }

  private Diagnostic notAllowed(ValuesFile file, SchemaViolation v) {
    String path = ValuesPath.of(v.pointer());
    List<String> allowed = allowed(v.pointer());
    String given =
        v.value().startsWith("\"") ? v.value().substring(1, v.value().length() - 1) : v.value();
    Optional<String> sameLetters =
        allowed.stream().filter(a -> a.equalsIgnoreCase(given)).findFirst();
    if (sameLetters.isPresent()) {
      String rule = path.endsWith("pullPolicy") ? "pull-policy-case" : "enum-case";
      return error(
          file.valueLocation(v.pointer()),
          rule,
          "'"
              + path
              + "' is "
              + v.value()
              + "; the value is case-sensitive: write "
              + sameLetters.get());
    }
    return error(
        file.valueLocation(v.pointer()),
        "not-allowed",
        "'"
            + path
            + "' is "
            + v.value()
            + "; expected one of "
            + String.join(", ", allowed.stream().map(a -> a.isEmpty() ? "\"\"" : a).toList()));
  }

  private List<String> allowed(String pointer) {
    return schema
        .at(pointer)
        .map(
            s ->
                s.get("enum") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : List.<String>of())
        .orElse(List.of());
  }

  /** The declared key a typo most likely meant: same letters in another case, or a near one. */
  static Optional<String> closest(String key, List<String> candidates) {
    for (String candidate : candidates) {
      if (candidate.equalsIgnoreCase(key)) {
        return Optional.of(candidate);
      }
    }
    int limit = Math.max(2, key.length() / 4);
    return candidates.stream()
        .map(
            c ->
                Map.entry(
                    c, DISTANCE.apply(c.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT))))
        .filter(e -> e.getValue() <= limit)
        .min(
            Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }

  private static Diagnostic error(Location at, String rule, String message) {
    return new Diagnostic(
        at.file(), at.line(), at.column(), Diagnostic.Severity.ERROR, message, rule);
  }
}
