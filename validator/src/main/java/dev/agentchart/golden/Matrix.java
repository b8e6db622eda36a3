package dev.agentchart.golden;

import dev.agentchart.compose.ScriptStep;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The script-pod matrix of {@code golden/matrix.yaml}: the product of its axes at every Kubernetes
 * version and tool, followed by its named cases. Checked against {@code schemas/matrix.schema.json}
 * when read.
 */
public final class Matrix {

  private static final JsonSchema SCHEMA = JsonSchema.compile(schema());
  private static final String NO_TOOL = "none";

  private final String releaseName;
  private final String namespace;
  private final List<PodCase> cases;

  private Matrix(String releaseName, String namespace, List<PodCase> cases) {
    this.releaseName = releaseName;
    this.namespace = namespace;
    this.cases = List.copyOf(cases);
  }

  /** Reads and expands the matrix at {@code file}. */
  public static Matrix load(Path file, String displayName) throws InputException {
    LocatedYaml yaml = LocatedYaml.read(file, displayName);
    checkShape(yaml);
    Map<String, Object> root = map(yaml.root());

    Map<String, Object> release = map(root.get("release"));
    List<PodCase> cases = new ArrayList<>();
    Map<String, Object> step = map(root.get("step"));
    List<KubeTarget> versions = versions(root.get("kubernetesVersions"));
    List<String> tools = strings(root.get("tools"));
    List<String> base = strings(root.get("base"));

    for (Map.Entry<String, List<String>> values : axisProduct(map(root.get("axes"))).entrySet()) {
      expand(cases, values.getKey(), concat(base, values.getValue()), versions, tools, step);
    }
    for (Map.Entry<String, Object> named : map(root.get("cases")).entrySet()) {
      Map<String, Object> c = map(named.getValue());
      Map<String, Object> caseStep = new LinkedHashMap<>(step);
      caseStep.putAll(map(c.get("step")));
      expand(
          cases,
          named.getKey(),
          concat(base, strings(c.get("set"))),
          c.containsKey("kubernetesVersions") ? versions(c.get("kubernetesVersions")) : versions,
          c.containsKey("tools") ? strings(c.get("tools")) : tools,
          caseStep);
    }
    checkUnique(cases, displayName);
    return new Matrix(
        String.valueOf(release.get("name")), String.valueOf(release.get("namespace")), cases);
  }

  public String releaseName() {
    return releaseName;
  }

  public String namespace() {
    return namespace;
  }

  /** Every case, axes first, in the matrix's order. */
  public List<PodCase> cases() {
    return cases;
  }

  private static void expand(
      List<PodCase> into,
      String valuesCase,
      List<String> sets,
      List<KubeTarget> versions,
      List<String> tools,
      Map<String, Object> step) {
    for (KubeTarget version : versions) {
      for (String tool : tools) {
        String id = valuesCase + "/" + version.folder() + "/" + tool.toLowerCase(Locale.ROOT);
        into.add(new PodCase(id, valuesCase, sets, version, step(step, tool)));
      }
    }
  }

  private static ScriptStep step(Map<String, Object> step, String tool) {
    boolean none = tool.equals(NO_TOOL);
    return new ScriptStep(
        String.valueOf(step.get("ticketId")),
        String.valueOf(step.get("serverTaskId")),
        none ? null : tool,
        none ? null : String.valueOf(step.get("calamariVersion")),
        Boolean.TRUE.equals(step.get("rawScript")),
        step.get("image") == null ? null : String.valueOf(step.get("image")));
  }

  /** {@code volume-on-repo-private-pull-always} → its --set arguments, axes in order. */
  private static Map<String, List<String>> axisProduct(Map<String, Object> axes) {
    Map<String, List<String>> product = new LinkedHashMap<>();
    product.put("", List.of());
    for (Map.Entry<String, Object> axis : axes.entrySet()) {
      Map<String, List<String>> next = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> partial : product.entrySet()) {
        for (Map.Entry<String, Object> value : map(axis.getValue()).entrySet()) {
          String name =
              (partial.getKey().isEmpty() ? "" : partial.getKey() + "-")
                  + axis.getKey()
                  + "-"
                  + value.getKey();
          next.put(name, concat(partial.getValue(), strings(value.getValue())));
        }
      }
      product = next;
    }
    return product;
  }

  private static List<KubeTarget> versions(Object list) {
    List<KubeTarget> versions = new ArrayList<>();
    for (Object entry : (List<?>) list) {
      if (entry instanceof Map<?, ?> m) {
        versions.add(
            new KubeTarget(
                String.valueOf(m.get("helm")),
                String.valueOf(m.get("major")),
                String.valueOf(m.get("minor"))));
      } else {
        versions.add(new KubeTarget(String.valueOf(entry), null, null));
      }
    }
    return versions;
  }

  private static void checkShape(LocatedYaml yaml) throws InputException {
    List<String> problems = new ArrayList<>();
    for (SchemaViolation v : SCHEMA.validate(yaml.root())) {
      String where =
          v.keyword().equals("additionalProperties")
              ? yaml.keyLocation(v.subjectPointer()).toString()
              : yaml.valueLocation(v.pointer()).toString();
      String what =
          v.keyword().equals("additionalProperties")
              ? "unknown key '" + v.property() + "'"
              : v.message();
      problems.add(where + ": " + what);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private static void checkUnique(List<PodCase> cases, String file) throws InputException {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (PodCase c : cases) {
      if (seen.put(c.id(), true) != null) {
        problems.add(file + ": case " + c.id() + " is produced twice; rename a named case");
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  private static List<String> strings(Object o) {
    return o == null ? List.of() : ((List<?>) o).stream().map(String::valueOf).toList();
  }

  private static String schema() {
    try (InputStream in = Matrix.class.getResourceAsStream("/agentchart/matrix.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("matrix schema missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
