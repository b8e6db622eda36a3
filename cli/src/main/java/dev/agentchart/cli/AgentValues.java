package dev.agentchart.cli;

import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.agent.ConfigurationException;
import dev.agentchart.agent.RenderedAgent;
import dev.agentchart.read.ManifestException;
import dev.agentchart.render.HelmRenderer;
import dev.agentchart.render.RenderException;
import dev.agentchart.render.RenderRequest;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.LocatedYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The chart and the values a user gives it, as Helm takes them, and the agent configuration they
 * lead to: the chart rendered with the real Helm engine, the configuration read from the rendered
 * Tentacle container. A picocli mixin, so that every command that shows what the agent does with
 * given values has the same {@code -f}, {@code --set} and {@code --chart}.
 */
final class AgentValues {

  static final String DEFAULT_RELEASE = "agent";
  static final String DEFAULT_NAMESPACE = "octopus-agent";

  @Option(
      names = {"-f", "--values"},
      paramLabel = "VALUES",
      description = "A values file.")
  List<Path> valuesFiles = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A value in Helm's syntax.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--chart",
      paramLabel = "DIR",
      description = "The chart (default: charts/kubernetes-agent).")
  Path chart;

  /**
   * The configuration the agent reads from the chart rendered with these values at {@code
   * kubeVersion}. {@code overrides} are {@code --set} strings applied after the user's, as if given
   * last on the command line.
   */
  AgentConfiguration configuration(
      String kubeVersion, String release, String namespace, List<String> overrides)
      throws InputException {
    checkValuesFiles();
    Path chartDir = ProjectPaths.resolve(chart, "charts/kubernetes-agent");

    List<String> allSets = new ArrayList<>(sets);
    allSets.addAll(overrides);
    String manifests =
        render(chartDir, new RenderRequest(valuesFiles, allSets, kubeVersion, release, namespace));
    return read(manifests, ProjectPaths.display(chartDir));
  }

  /**
   * Each values file is read before Helm runs, so that a missing or broken one is reported with its
   * file, line and column, all of them at once.
   */
  private void checkValuesFiles() throws InputException {
    List<String> problems = new ArrayList<>();
    for (Path file : valuesFiles) {
      if (!Files.isRegularFile(file)) {
        problems.add(ProjectPaths.display(file) + ": file not found");
      } else {
        try {
          LocatedYaml.read(file, ProjectPaths.display(file));
        } catch (InputException e) {
          problems.addAll(e.problems());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private static String render(Path chartDir, RenderRequest request) throws InputException {
    try (HelmRenderer renderer = new HelmRenderer(chartDir, 1)) {
      return renderer.render(request);
    } catch (RenderException e) {
      throw new InputException("helm: " + e.getMessage());
    }
  }

  // A chart other than the bundled one (--chart) may render no agent, or one the agent rejects.
  private static AgentConfiguration read(String manifests, String chartShown)
      throws InputException {
    try {
      return RenderedAgent.configuration(manifests);
    } catch (ManifestException e) {
      throw located(chartShown, e.problems());
    } catch (ConfigurationException e) {
      throw located(chartShown, e.problems());
    }
  }

  private static InputException located(String chartShown, List<String> problems) {
    return new InputException(problems.stream().map(p -> chartShown + ": " + p).toList());
  }
}
