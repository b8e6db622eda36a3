package dev.agentchart.validate;

import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.schema.JsonSchema;
import dev.agentchart.schema.SchemaViolation;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.LocatedYaml;
import dev.agentchart.yaml.UnreadableFileException;
import dev.agentchart.yaml.YamlException;
import dev.agentchart.yaml.YamlProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a user's values file before {@code helm install}: the YAML itself, the chart's values
 * schema (the check Helm runs, with every JSON pointer turned back into a line and column), and the
 * rules a schema cannot state about the Calamari image volume.
 */
public final class ValuesValidator {

  private final JsonSchema schema;
  private final SchemaDiagnostics schemaDiagnostics;
  private final Map<String, Object> defaults;
  private final List<ValuesRule> rules;

  private ValuesValidator(JsonSchema schema, Map<String, Object> defaults) {
    this.schema = schema;
    this.schemaDiagnostics = new SchemaDiagnostics(new SchemaTree(schema.tree()));
    this.defaults = defaults;
    List<ValuesRule> all = new ArrayList<>();
    all.add(new RepositoryRule());
    all.addAll(ImageVolumeWarnings.all());
    this.rules = List.copyOf(all);
  }

  /** A validator for the chart in {@code chartDir}: its values.schema.json and values.yaml. */
  public static ValuesValidator forChart(Path chartDir) throws InputException {
    Path schemaFile = chartDir.resolve("values.schema.json");
    Path valuesFile = chartDir.resolve("values.yaml");
    try {
      // The schema is JSON and large; Jackson reads it far faster than a YAML parser would.
      String schemaJson = java.nio.file.Files.readString(schemaFile);
      LocatedYaml values = LocatedYaml.read(valuesFile, valuesFile.toString());
      return new ValuesValidator(JsonSchema.compile(schemaJson), map(values.root()));
    } catch (IOException e) {
      throw new UnreadableFileException(schemaFile + ": cannot be read: " + e.getMessage());
    }
  }

  /**
   * Every finding in one values file, in reading order.
   *
   * @param cluster the cluster's Kubernetes version, or null when not given
   * @throws UnreadableFileException when the file cannot be read at all
   */
  public List<Diagnostic> validate(Path file, String displayName, ClusterVersion cluster)
      throws UnreadableFileException {
    LocatedYaml yaml;
    try {
      yaml =
          LocatedYaml.parse(
              readBytes(file, displayName), displayName, LocatedYaml.Dialect.HELM_VALUES);
    } catch (YamlException e) {
      return e.yamlProblems().stream().map(p -> fromYaml(p, Diagnostic.Severity.ERROR)).toList();
    }

    List<Diagnostic> diagnostics = new ArrayList<>();
    yaml.duplicateKeys().forEach(p -> diagnostics.add(duplicate(p)));
    if (yaml.root() == null) {
      return diagnostics; // an empty file sets nothing, which is valid
    }
    if (!(yaml.root() instanceof Map)) {
      diagnostics.add(
          new Diagnostic(
              displayName,
              1,
              1,
              Diagnostic.Severity.ERROR,
              "a values file is a mapping of keys to values, like the chart's values.yaml",
              "not-a-mapping"));
      return diagnostics;
    }

    ValuesFile values = new ValuesFile(yaml, defaults);
    List<Diagnostic> semantic = new ArrayList<>();
    rules.forEach(rule -> semantic.addAll(rule.check(values, cluster)));
    diagnostics.addAll(schemaFindings(values, semantic));
    diagnostics.addAll(semantic);
    diagnostics.sort(Diagnostic.BY_POSITION);
    return List.copyOf(diagnostics);
  }

  /** Schema findings, except where a rule already says more precisely what is wrong. */
  private List<Diagnostic> schemaFindings(ValuesFile values, List<Diagnostic> semantic) {
    Set<String> covered = new HashSet<>();
    semantic.stream()
        .filter(Diagnostic::isError)
        .forEach(d -> covered.add(d.line() + ":" + d.column()));
    List<Diagnostic> findings = new ArrayList<>();
    Set<String> typed = new HashSet<>();
    for (SchemaViolation violation : schema.validate(values.root())) {
      Diagnostic d = schemaDiagnostics.of(values, violation);
      if (!covered.contains(d.line() + ":" + d.column())) {
        findings.add(d);
        if (violation.keyword().equals("type")) {
          typed.add(d.line() + ":" + d.column());
        }
      }
    }
    // A value of the wrong type also fails its enum and pattern; the type says what to fix.
    findings.removeIf(
        d ->
            typed.contains(d.line() + ":" + d.column())
                && (d.rule().equals("not-allowed") || d.rule().equals("bad-format")));
    return findings;
  }

  private static byte[] readBytes(Path file, String displayName) throws UnreadableFileException {
    try {
      return LocatedYaml.readBytes(file, displayName);
    } catch (IOException e) {
      throw new UnreadableFileException(displayName + ": cannot be read: " + e.getMessage());
    }
  }

  private static Diagnostic fromYaml(YamlProblem p, Diagnostic.Severity severity) {
    return new Diagnostic(p.file(), p.line(), p.column(), severity, p.message(), p.rule());
  }

  /**
   * Helm's YAML reader keeps the last of two equal keys without a word, so the file installs; but
   * the first value is silently lost, which is rarely what the author meant.
   */
  private static Diagnostic duplicate(YamlProblem p) {
    return new Diagnostic(
        p.file(),
        p.line(),
        p.column(),
        Diagnostic.Severity.WARNING,
        p.message() + "; Helm keeps this later value and ignores the first",
        p.rule());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object root) {
    return root instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
