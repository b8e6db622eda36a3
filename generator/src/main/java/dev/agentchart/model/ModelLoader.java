package dev.agentchart.model;

import dev.agentchart.schema.JsonSchema;
import dev.agentchart.schema.SchemaViolation;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.LocatedYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chart model, checks it against {@code schemas/model.schema.json} and then against the
 * rules a schema cannot express (references between parts of the model), and reports every problem
 * at once, each at its line and column.
 */
public final class ModelLoader {

  /** The model schema, bundled from {@code schemas/model.schema.json}. */
  public static final String SCHEMA_RESOURCE = "/agentchart/model.schema.json";

  private static final JsonSchema SCHEMA = JsonSchema.compile(readSchema());
  private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+): ");

  private ModelLoader() {}

  /** Loads the model at {@code file}; {@code displayName} is the name used in messages. */
  public static ChartModel load(Path file, String displayName) throws InputException {
    LocatedYaml yaml = LocatedYaml.read(file, displayName);
    return load(yaml);
  }

  /** Loads a model already read. */
  public static ChartModel load(LocatedYaml yaml) throws InputException {
    checkShape(yaml);

    List<String> problems = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) yaml.root();
    ChartModel model = ModelReader.read(root);

    new ModelRules(model, yaml, problems).check();
    if (!problems.isEmpty()) {
      throw new InputException(byPosition(problems));
    }
    return model;
  }

  private static void checkShape(LocatedYaml yaml) throws InputException {
    if (!(yaml.root() instanceof Map)) {
      throw new InputException(
          yaml.valueLocation("")
              + ": the model must be a mapping with chart, sections, values, "
              + "environment and calamariImageVolume");
    }
    List<String> problems = new ArrayList<>();
    for (SchemaViolation violation : SCHEMA.validate(yaml.root())) {
      problems.add(describe(yaml, violation));
    }
    if (!problems.isEmpty()) {
      throw new InputException(byPosition(problems));
    }
  }

  /** Problems in reading order: by line, then column, of the {@code FILE:LINE:COL:} prefix. */
  private static List<String> byPosition(List<String> problems) {
    return problems.stream().sorted(Comparator.comparingLong(ModelLoader::position)).toList();
  }

  private static long position(String problem) {
    Matcher m = POSITION.matcher(problem);
    return m.find() ? Long.parseLong(m.group(1)) * 100_000 + Long.parseLong(m.group(2)) : 0;
  }

  private static String describe(LocatedYaml yaml, SchemaViolation violation) {
    String where = modelPath(violation.pointer());
    return switch (violation.keyword()) {
      case "additionalProperties" ->
          yaml.keyLocation(violation.subjectPointer())
              + ": unknown key '"
              + violation.property()
              + "'"
              + in(where);
      case "required" ->
          yaml.valueLocation(violation.pointer())
              + ": missing key '"
              + violation.property()
              + "'"
              + in(where);
      case "enum", "pattern", "const" ->
          yaml.valueLocation(violation.pointer())
              + ": "
              + (where.isEmpty() ? "" : where + ": ")
              + violation.value()
              + " "
              + violation.message();
      default ->
          yaml.valueLocation(violation.pointer())
              + ": "
              + (where.isEmpty() ? "" : where + ": ")
              + violation.message();
    };
  }

  private static String in(String where) {
    return where.isEmpty() ? "" : " in " + where;
  }

  /** {@code /values/agent/keys/name/type} reads better as {@code values.agent.name.type}. */
  static String modelPath(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    String[] parts = pointer.substring(1).split("/", -1);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      boolean keysOfValues =
          parts[i].equals("keys") && i > 0 && path.toString().startsWith("values");
      if (keysOfValues) {
        continue;
      }
      String part = parts[i].replace("~1", "/").replace("~0", "~");
      if (part.chars().allMatch(Character::isDigit)) {
        path.append('[').append(part).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(part);
      }
    }
    return path.toString();
  }

  private static String readSchema() {
    try (InputStream in = ModelLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("model schema missing from the build: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
