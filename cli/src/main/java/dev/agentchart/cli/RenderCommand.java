package dev.agentchart.cli;

import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.compose.ComposedPod;
import dev.agentchart.compose.PodDocument;
import dev.agentchart.compose.ScriptPodComposer;
import dev.agentchart.compose.ScriptStep;
import dev.agentchart.yaml.InputException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin AgentValues values;

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
      names = "--release",
      paramLabel = "NAME",
      defaultValue = AgentValues.DEFAULT_RELEASE,
      description = "Release name (default: ${DEFAULT-VALUE}).")
  String release;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      defaultValue = AgentValues.DEFAULT_NAMESPACE,
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
    ClusterVersion cluster = KubeVersionOption.parse(kubeVersion);
    checkTool();
    AgentConfiguration configuration =
        values.configuration(kubeVersion, release, namespace, List.of());
    ComposedPod composed = new ScriptPodComposer().compose(configuration, step(), cluster);

    composed.taskLog().forEach(line -> spec.commandLine().getErr().println(line));
    spec.commandLine().getOut().print(PodDocument.yaml(composed.pod()));
    return 0;
  }

  /** A misspelt flavour would compose a pod whose image does not exist; refuse it instead. */
  private void checkTool() throws InputException {
    boolean known =
        tool.equalsIgnoreCase("none") || ScriptPodComposer.CALAMARI_FLAVOURS.contains(tool);
    if (!known) {
      throw new InputException(
          "--tool "
              + tool
              + ": not a Calamari flavour; use one of "
              + String.join(", ", ScriptPodComposer.CALAMARI_FLAVOURS)
              + ", or none");
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
