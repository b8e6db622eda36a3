package dev.agentchart.golden;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.agent.ConfigurationException;
import dev.agentchart.agent.RenderedAgent;
import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.compose.ComposedPod;
import dev.agentchart.compose.ScriptPodComposer;
import dev.agentchart.compose.ScriptStep;
import dev.agentchart.read.ManifestException;
import dev.agentchart.read.ManifestReader;
import dev.agentchart.render.HelmRenderer;
import dev.agentchart.render.RenderException;
import dev.agentchart.render.RenderRequest;
import dev.agentchart.rules.VersionRules;
import dev.agentchart.rules.Violation;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.LocatedYaml;
import dev.agentchart.yaml.TreeDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs the matrix: renders the chart once per distinct (values, Kubernetes version), reads the
 * agent's configuration from each render, composes every case's script pod, checks it against its
 * version's rules and compares it with its golden file by meaning.
 */
public final class Verifier implements AutoCloseable {

  private static final int MAX_LISTED_DIFFERENCES = 20;

  private final HelmRenderer renderer;
  private final Path goldenDir;
  private final ScriptPodComposer composer = new ScriptPodComposer();
  private final VersionRules rules = VersionRules.standard();
  private final ManifestReader.Session reader = new ManifestReader.Session();
  private final Map<Composition, Composed> compositions = new ConcurrentHashMap<>();
  private final Map<RenderRequest, CompletableFuture<AgentConfiguration>> configurations =
      new ConcurrentHashMap<>();

  public Verifier(Path chartDir, Path goldenDir) {
    this.renderer = new HelmRenderer(chartDir);
    this.goldenDir = goldenDir;
  }

  /** Runs every case of {@code matrix} whose id {@code only} accepts. */
  public Verification verify(Matrix matrix, Predicate<String> only) throws IOException {
    List<PodCase> cases = matrix.cases().stream().filter(c -> only.test(c.id())).toList();

    List<CompletableFuture<CaseOutcome>> outcomes = new ArrayList<>();
    for (PodCase podCase : cases) {
      RenderRequest request = podCase.render(matrix.releaseName(), matrix.namespace());
      outcomes.add(
          configuration(request).handle((config, error) -> outcome(podCase, config, error)));
    }
    List<CaseOutcome> results = outcomes.stream().map(CompletableFuture::join).toList();

    return new Verification(results, stale(cases, only));
  }

  /** How many Helm renders the last runs needed. */
  public int renderCount() {
    return renderer.renderCount();
  }

  @Override
  public void close() {
    renderer.close();
  }

  private CompletableFuture<AgentConfiguration> configuration(RenderRequest request) {
    return configurations.computeIfAbsent(
        request, r -> renderer.submit(r).thenApply(this::readConfiguration));
  }

  /** The agent's configuration as the rendered Tentacle container's environment gives it. */
  private AgentConfiguration readConfiguration(String manifests) {
    try {
      return RenderedAgent.configuration(reader.read(manifests));
    } catch (ManifestException | ConfigurationException e) {
      throw new CompletionException(e);
    }
  }

  private CaseOutcome outcome(PodCase podCase, AgentConfiguration config, Throwable error) {
    if (error != null) {
      return unusable(podCase, cause(error));
    }
    Composed composed;
    try {
      composed =
          compositions.computeIfAbsent(
              new Composition(config, podCase.step(), podCase.kube().cluster()), this::compose);
    } catch (RuntimeException e) {
      return unusable(podCase, "cannot compose the script pod: " + e.getMessage());
    }

    List<String> failures = new ArrayList<>(composed.violations());
    String text = GoldenDocument.text(podCase, composed.pod(), composed.podBlock());
    compareWithGolden(podCase, text, failures);
    return new CaseOutcome(podCase, text, failures, false);
  }

  /**
   * Composes one pod and checks it. Cases whose configuration, step and cluster version are equal
   * (the agent reads the same environment from renders that differ only in values it ignores) share
   * the result: composing is a pure function of these three.
   */
  private Composed compose(Composition c) {
    ComposedPod pod = composer.compose(c.configuration(), c.step(), c.cluster());
    List<String> violations = new ArrayList<>();
    for (Violation v : rules.check(pod.pod(), c.cluster().major(), c.cluster().minor())) {
      violations.add("rule " + v.rule() + " at pod " + v.path() + ": " + v.message());
    }
    return new Composed(pod, List.copyOf(violations), GoldenDocument.podBlock(pod));
  }

  private record Composition(
      AgentConfiguration configuration, ScriptStep step, ClusterVersion cluster) {}

  private record Composed(ComposedPod pod, List<String> violations, String podBlock) {}

  private void compareWithGolden(PodCase podCase, String text, List<String> failures) {
    Path golden = goldenDir.resolve(podCase.goldenPath());
    if (!Files.isRegularFile(golden)) {
      failures.add(
          "missing golden file "
              + podCase.goldenPath()
              + "; review the case and run agentchart verify --update to create it");
      return;
    }
    try {
      byte[] expectedBytes = Files.readAllBytes(golden);
      if (Arrays.equals(expectedBytes, text.getBytes(StandardCharsets.UTF_8))) {
        return; // the same text has the same meaning; parsing would only confirm it
      }
      Map<String, Object> expected = GoldenDocument.read(expectedBytes, podCase.goldenPath());
      Object actual = LocatedYaml.parse(text.getBytes(StandardCharsets.UTF_8), "composed").root();
      List<TreeDiff.Difference> differences = TreeDiff.compare(expected, actual);
      if (!differences.isEmpty()) {
        failures.add(
            mismatch(
                podCase, differences, new String(expectedBytes, StandardCharsets.UTF_8), text));
      }
    } catch (InputException e) {
      failures.add("golden file unreadable: " + String.join("; ", e.problems()));
    } catch (IOException e) {
      failures.add("golden file unreadable: " + e.getMessage());
    }
  }

  private static String mismatch(
      PodCase podCase, List<TreeDiff.Difference> differences, String expected, String actual) {
    StringBuilder out =
        new StringBuilder(
            "differs from " + podCase.goldenPath() + " in " + differences.size() + " field(s):\n");
    differences.stream()
        .limit(MAX_LISTED_DIFFERENCES)
        .forEach(
            d ->
                out.append("  ")
                    .append(d.path())
                    .append(": expected ")
                    .append(d.expected())
                    .append(", actual ")
                    .append(d.actual())
                    .append('\n'));
    if (differences.size() > MAX_LISTED_DIFFERENCES) {
      out.append("  ... and ")
          .append(differences.size() - MAX_LISTED_DIFFERENCES)
          .append(" more\n");
    }
    List<String> from = List.of(expected.split("\n"));
    List<String> to = List.of(actual.split("\n"));
    UnifiedDiffUtils.generateUnifiedDiff(
            "golden/" + podCase.goldenPath(), "composed", from, DiffUtils.diff(from, to), 3)
        .forEach(line -> out.append(line).append('\n'));
    return out.toString().stripTrailing();
  }

  private List<String> stale(List<PodCase> cases, Predicate<String> only) throws IOException {
    Path pods = goldenDir.resolve("pods");
    if (!Files.isDirectory(pods)) {
      return List.of();
    }
    Set<String> produced = ConcurrentHashMap.newKeySet();
    cases.forEach(c -> produced.add(c.goldenPath()));
    try (Stream<Path> walk = Files.walk(pods)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> goldenDir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !produced.contains(p))
          .filter(p -> only.test(p.substring("pods/".length()).replaceAll("\\.yaml$", "")))
          .sorted()
          .toList();
    }
  }

  private static CaseOutcome unusable(PodCase podCase, String message) {
    return new CaseOutcome(podCase, null, List.of(message), true);
  }

  private static String cause(Throwable error) {
    Throwable e =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (e instanceof RenderException) {
      return "helm render failed: " + e.getMessage();
    }
    if (e instanceof ManifestException || e instanceof ConfigurationException) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
