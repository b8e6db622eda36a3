package dev.agentchart.validate;

import dev.agentchart.compose.ScriptPodComposer;
import dev.agentchart.yaml.Location;
import java.util.List;
import java.util.Locale;

/** The Calamari image volume values the rules read, and how their findings are placed. */
final class ImageVolumeValues {

  static final String ENABLED = "/scriptPods/calamariImageVolume/enabled";
  static final String REPOSITORY = "/scriptPods/calamariImageVolume/image/repository";
  static final String PULL_POLICY = "/scriptPods/calamariImageVolume/image/pullPolicy";
  static final String PULL_SECRETS = "/imagePullSecrets";

  /** The chart's default: Octopus's own repositories on Docker Hub. */
  static final String DEFAULT_REPOSITORY = "octopusdeploy";

  /** The flavours the agent mounts, as the agent names them (FACTS §5). */
  static final List<String> TOOLS = ScriptPodComposer.CALAMARI_FLAVOURS;

  private ImageVolumeValues() {}

  /** The image the agent mounts for {@code tool}: {@code {repository}/{tool lower case}}. */
  static String image(String repository, String tool) {
    return repository + "/" + tool.toLowerCase(Locale.ROOT);
  }

  static Diagnostic warning(Location at, String rule, String message) {
    return new Diagnostic(
        at.file(), at.line(), at.column(), Diagnostic.Severity.WARNING, message, rule);
  }

  static Diagnostic error(Location at, String rule, String message) {
    return new Diagnostic(
        at.file(), at.line(), at.column(), Diagnostic.Severity.ERROR, message, rule);
  }
}
