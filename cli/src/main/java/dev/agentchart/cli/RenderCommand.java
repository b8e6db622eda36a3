package dev.agentchart.cli;

import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.agent.RenderedAgent;
import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.compose.ComposedPod;
import dev.agentchart.compose.PodDocument;
import dev.agentchart.compose.ScriptPodComposer;
import dev.agentchart.compose.ScriptStep;
import dev.agentchart.render.HelmRenderer;
import dev.agentchart.render.RenderException;
import dev.agentchart.render.RenderRequest;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.LocatedYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentchart render}: the script pod the agent would create, for given values. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Agentchart.Version.class,
    description = {
      "Render the chart with Helm, read the agent's configuration from it and print the script "
          + "pod the agent would create for one step, as YAML on standard output. The agent's "
          + "task-log lines go to standard error.",
      "-f and --set behave as Helm's own: files merge in order, --set in Helm's syntax "
          + "(list indexes included) overrides them, later ones override earlier."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the pod was printed", "2:the values, the chart or an option is unusable"})
final class RenderCommand implements Callable<Integer> {

  /** The Calamari version the golden matrix uses, so that examples line up with it. */
  static final String DEFAULT_CALAMARI_VERSION = "2026.3.666";

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--values"},
      paramLabel = "VALUES",
      description = "A values file.")
  List<Path> valuesFiles = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A value in Helm's syntax.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--kube-version",
      required = true,
      paramLabel = "V",
      description = "The cluster's Kubernetes version: 1.35, v1.35.2, v1.35.0-eks-113cf36.")
  String kubeVersion;

  @Option(
      names = "--tool",
      paramLabel = "NAME",
      defaultValue = "Calamari",
      description =
          "The step's Calamari flavour, such as Calamari.Terraform, or 'none' "
              + "(default: ${DEFAULT-VALUE}).")
  String tool;

  @Option(
      names = "--calamari-version",
      paramLabel = "X",
      defaultValue = DEFAULT_CALAMARI_VERSION,
      description = "The Calamari version the server sends (default: ${DEFAULT-VALUE}).")
  String calamariVersion;

  @Option(names = "--raw-script", description = "The step runs a raw script, without Calamari.")
  boolean rawScript;

  @Option(
      names = "--chart",
      paramLabel = "DIR",
      description = "The chart (default: charts/kubernetes-agent).")
  Path chart;

  @Option(
      names = "--release",
      paramLabel = "NAME",
      defaultValue = "agent",
      description = "Release name (default: ${DEFAULT-VALUE}).")
  String release;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      defaultValue = "octopus-agent",
      description = "Release namespace (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(
      names = "--ticket-id",
      paramLabel = "ID",
      defaultValue = "5f0c2a8e9b7d4c1fa3e6d2b9c8a7f104",
      description = "The script ticket id (default: ${DEFAULT-VALUE}).")
  String ticketId;

  @Override
  public Integer call() throws Exception {
    ClusterVersion cluster = clusterVersion();
    checkValuesFiles();
    Path chartDir = ProjectPaths.resolve(chart, "charts/kubernetes-agent");

    String manifests = render(chartDir);
    AgentConfiguration configuration = RenderedAgent.configuration(manifests);
    ComposedPod composed = new ScriptPodComposer().compose(configuration, step(), cluster);

    composed.taskLog().forEach(line -> spec.commandLine().getErr().println(line));
    spec.commandLine().getOut().print(PodDocument.yaml(composed.pod()));
    return 0;
  }

  private ClusterVersion clusterVersion() throws InputException {
    try {
      return ClusterVersion.parse(kubeVersion);
    } catch (IllegalArgumentException e) {
      throw new InputException("--kube-version: " + e.getMessage());
    }
  }

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

  private String render(Path chartDir) throws Exception {
    try (HelmRenderer renderer = new HelmRenderer(chartDir, 1)) {
      return renderer.render(new RenderRequest(valuesFiles, sets, kubeVersion, release, namespace));
    } catch (RenderException e) {
      throw new InputException("helm: " + e.getMessage());
    }
  }

  private ScriptStep step() {
    boolean none = tool.equalsIgnoreCase("none");
    return new ScriptStep(
        ticketId,
        "ServerTasks-1",
        none ? null : tool,
        none ? null : calamariVersion,
        rawScript,
        null);
  }
}
