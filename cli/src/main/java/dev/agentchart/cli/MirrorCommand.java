package dev.agentchart.cli;

import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.compose.ScriptPodComposer;
import dev.agentchart.compose.ScriptStep;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.Json;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Volume;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentchart mirror}: which Calamari images to copy where, for given values. */
@Command(
    name = "mirror",
    mixinStandardHelpOptions = true,
    versionProvider = Agentchart.Version.class,
    description = {
      "Print, for each Calamari flavour, the image on Docker Hub and the image the agent will "
          + "pull for it with these values, so that a mirror holds exactly what the agent needs.",
      "The targets are what the agent itself would do: the chart is rendered with Helm, the "
          + "agent's configuration read from it, and each target taken from the calamari image "
          + "volume of the script pod the agent would create on Kubernetes 1.36. Targets are "
          + "written in full, as the container runtime resolves them: octopusdeploy/calamari is "
          + "docker.io/octopusdeploy/calamari.",
      "In text format standard output holds one SOURCE -> TARGET line per flavour; the pull "
          + "policy and notes go to standard error.",
      "-f and --set behave as Helm's own: files merge in order, --set in Helm's syntax "
          + "(list indexes included) overrides them, later ones override earlier."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the plan was printed", "2:the values, the chart or an option is unusable"})
final class MirrorCommand implements Callable<Integer> {

  /** The Calamari flavours published as images (FACTS.md §5), in the order Octopus lists them. */
  static final List<String> TOOLS = ScriptPodComposer.CALAMARI_FLAVOURS;

  /** Where Octopus publishes the tool images; the chart's default repository is this one. */
  static final String SOURCE_REPOSITORY = "docker.io/octopusdeploy";

  /**
   * A version on which the agent always uses the image volume when it is enabled: image volumes are
   * on by default from 1.35 and GA from 1.36 (FACTS.md §5, §6).
   */
  private static final String KUBE_VERSION = "1.36";

  private static final String ENABLE = "scriptPods.calamariImageVolume.enabled=true";

  /** The name the agent gives the volume (FACTS.md §5). */
  private static final String VOLUME = "calamari";

  private static final Pattern CALAMARI_VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  private static final String DOCKER_HUB = "docker.io";

  /** Lower case, because picocli matches the names of the constants and users type these. */
  enum Format {
    text,
    json
  }

  /** One image to mirror. */
  record Image(String tool, String source, String target) {}

  /**
   * What the agent pulls with the values given.
   *
   * @param repository the repository the agent reads from the chart, as configured
   * @param imageVolumeEnabled whether the values enable the feature; when not, the images are those
   *     the agent would pull once it is enabled, with the values otherwise unchanged
   */
  record Plan(
      String calamariVersion,
      String repository,
      String pullPolicy,
      boolean imageVolumeEnabled,
      List<Image> images) {

    boolean mirroringNeeded() {
      return images.stream().anyMatch(image -> !image.source().equals(image.target()));
    }
  }

  @Spec CommandSpec spec;

  @Mixin AgentValues values;

  @Option(
      names = "--calamari-version",
      required = true,
      paramLabel = "X",
      description = "The Calamari version to mirror, e.g. 2026.3.666: the images' tag.")
  String calamariVersion;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    checkCalamariVersion();
    AgentConfiguration configured = configuration(List.of());

    boolean enabled = configured.calamariImageVolumeEnabled();
    // Disabled, the chart passes neither repository nor pull policy to the agent; the plan comes
    // from the same values with only the feature switched on.
    AgentConfiguration planned = enabled ? configured : configuration(List.of(ENABLE));
    Plan plan = plan(planned, enabled);

    if (format == Format.json) {
      spec.commandLine().getOut().println(Json.pretty(json(plan), 0));
    } else {
      printText(plan);
    }
    return 0;
  }

  private void checkCalamariVersion() throws InputException {
    if (!CALAMARI_VERSION.matcher(calamariVersion).matches()) {
      throw new InputException(
          "--calamari-version: not a Calamari version: \""
              + calamariVersion
              + "\"; expected numbers separated by dots, e.g. 2026.3.666");
    }
  }

  private AgentConfiguration configuration(List<String> overrides) throws InputException {
    return values.configuration(
        KUBE_VERSION, AgentValues.DEFAULT_RELEASE, AgentValues.DEFAULT_NAMESPACE, overrides);
  }

  /** Each target is the reference of the image volume the agent puts in that tool's pod. */
  private Plan plan(AgentConfiguration configuration, boolean enabled) {
    ScriptPodComposer composer = new ScriptPodComposer();
    ClusterVersion cluster = ClusterVersion.parse(KUBE_VERSION);
    List<Image> images = new ArrayList<>();
    List<String> pullPolicies = new ArrayList<>();
    for (String tool : TOOLS) {
      ScriptStep step =
          new ScriptStep("mirror", "ServerTasks-1", tool, calamariVersion, false, null);
      V1ImageVolumeSource volume =
          calamariVolume(composer.compose(configuration, step, cluster).pod(), tool);
      images.add(new Image(tool, source(tool), qualified(volume.getReference())));
      pullPolicies.add(volume.getPullPolicy());
    }
    if (pullPolicies.stream().distinct().count() != 1) {
      throw new IllegalStateException(
          "the tools' pods pull with different policies: " + pullPolicies);
    }
    return new Plan(
        calamariVersion,
        configuration.calamariImageVolumeRepository(),
        pullPolicies.get(0),
        enabled,
        images);
  }

  // Missing only if the composer no longer models the feature: a bug here, not bad input.
  private static V1ImageVolumeSource calamariVolume(V1Pod pod, String tool) {
    for (V1Volume volume : pod.getSpec().getVolumes()) {
      if (VOLUME.equals(volume.getName()) && volume.getImage() != null) {
        return volume.getImage();
      }
    }
    throw new IllegalStateException(
        "the " + tool + " pod on Kubernetes " + KUBE_VERSION + " has no calamari image volume");
  }

  private String source(String tool) {
    return SOURCE_REPOSITORY + "/" + tool.toLowerCase(Locale.ROOT) + ":" + calamariVersion;
  }

  /**
   * A reference with its registry, as containerd and Docker resolve it: a first component without a
   * dot or a colon that is not {@code localhost} is a Docker Hub namespace, and {@code
   * index.docker.io} is Docker Hub's old name (github.com/distribution/reference, normalize.go).
   * The agent's references always have a namespace, so Docker Hub's {@code library/} never applies.
   */
  static String qualified(String reference) {
    int slash = reference.indexOf('/');
    String first = slash < 0 ? "" : reference.substring(0, slash);
    boolean registry = first.contains(".") || first.contains(":") || first.equals("localhost");
    if (!registry) {
      return DOCKER_HUB + "/" + reference;
    }
    return first.equals("index.docker.io") ? DOCKER_HUB + reference.substring(slash) : reference;
  }

  private static Map<String, Object> json(Plan plan) {
    List<Map<String, Object>> images = new ArrayList<>();
    for (Image image : plan.images()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("tool", image.tool());
      entry.put("source", image.source());
      entry.put("target", image.target());
      images.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("calamariVersion", plan.calamariVersion());
    root.put("repository", plan.repository());
    root.put("pullPolicy", plan.pullPolicy());
    root.put("imageVolumeEnabled", plan.imageVolumeEnabled());
    root.put("images", images);
    return root;
  }

  private void printText(Plan plan) {
    PrintWriter out = spec.commandLine().getOut();
    int width = plan.images().stream().mapToInt(image -> image.source().length()).max().orElse(0);
    for (Image image : plan.images()) {
      out.printf("%-" + width + "s  ->  %s%n", image.source(), image.target());
    }

    PrintWriter err = spec.commandLine().getErr();
    if (!plan.imageVolumeEnabled()) {
      err.println(
          "warning: the agent will not use image volumes with these values"
              + " (scriptPods.calamariImageVolume.enabled is not true): it pulls none of these"
              + " images and Calamari comes over the shared volume; the targets are what it would"
              + " pull with the feature enabled");
    }
    err.println("pull policy: " + plan.pullPolicy());
    if (!plan.mirroringNeeded()) {
      err.println(
          "no mirroring needed: the repository "
              + plan.repository()
              + " is Docker Hub's octopusdeploy, every target is its source");
    }
  }
}
