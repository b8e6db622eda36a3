package dev.agentchart.validate;

import static dev.agentchart.validate.ImageVolumeValues.DEFAULT_REPOSITORY;
import static dev.agentchart.validate.ImageVolumeValues.ENABLED;
import static dev.agentchart.validate.ImageVolumeValues.PULL_POLICY;
import static dev.agentchart.validate.ImageVolumeValues.PULL_SECRETS;
import static dev.agentchart.validate.ImageVolumeValues.REPOSITORY;

import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.compose.ScriptPodComposer;
import java.util.List;

/**
 * What works but needs the user's attention once the Calamari image volume is on. Each is a small
 * rule of its own; none applies while the feature is off, since the agent then reads none of these
 * values.
 */
final class ImageVolumeWarnings {

  private ImageVolumeWarnings() {}

  static List<ValuesRule> all() {
    return List.of(new OldCluster(), new Mirror(), new PullNever(), new MissingPullSecret());
  }

  private static boolean enabled(ValuesFile file) {
    return file.effectiveTrue(ENABLED);
  }

  /** {@code image-volume-kube-version}: below 1.35 the agent falls back, with this warning. */
  static final class OldCluster implements ValuesRule {
    @Override
    public List<Diagnostic> check(ValuesFile file, ClusterVersion cluster) {
      if (!enabled(file) || cluster == null) {
        return List.of();
      }
      return ScriptPodComposer.imageVolumeFallback(cluster)
          .map(
              logged ->
                  List.of(
                      ImageVolumeValues.warning(
                          file.valueLocation(ENABLED),
                          "image-volume-kube-version",
                          "the image volume is enabled, but on Kubernetes "
                              + cluster
                              + " the agent falls back "
                              + "to copying Calamari over the shared volume and logs in every"
                              + " task: "
                              + logged)))
          .orElse(List.of());
    }
  }

  /** {@code image-volume-mirror}: a mirror must follow every Calamari release. */
  static final class Mirror implements ValuesRule {
    @Override
    public List<Diagnostic> check(ValuesFile file, ClusterVersion cluster) {
      String repository = file.effectiveString(REPOSITORY);
      if (!enabled(file)
          || !RepositoryRule.isUsable(repository)
          || repository.equals(DEFAULT_REPOSITORY)) {
        return List.of();
      }
      String images =
          String.join(
              ", ",
              ImageVolumeValues.TOOLS.stream()
                  .map(t -> ImageVolumeValues.image(repository, t))
                  .toList());
      return List.of(
          ImageVolumeValues.warning(
              file.valueLocation(REPOSITORY),
              "image-volume-mirror",
              "Calamari is pulled from the mirror "
                  + repository
                  + ": keep "
                  + images
                  + " up to date "
                  + "with every Calamari version Octopus Server sends (agentchart mirror lists"
                  + " them)"));
    }
  }

  /** {@code image-volume-pull-never}: the kubelet will not pull, so nodes need the images. */
  static final class PullNever implements ValuesRule {
    @Override
    public List<Diagnostic> check(ValuesFile file, ClusterVersion cluster) {
      if (!enabled(file) || !"Never".equals(file.effectiveString(PULL_POLICY))) {
        return List.of();
      }
      return List.of(
          ImageVolumeValues.warning(
              file.valueLocation(PULL_POLICY),
              "image-volume-pull-never",
              "with pullPolicy Never the kubelet never pulls the Calamari images: each Calamari "
                  + "version must already be on every node that can run a script pod, or the pod "
                  + "fails to start"));
    }
  }

  /** {@code image-volume-pull-secret}: a private registry usually needs credentials. */
  static final class MissingPullSecret implements ValuesRule {
    @Override
    public List<Diagnostic> check(ValuesFile file, ClusterVersion cluster) {
      String repository = file.effectiveString(REPOSITORY);
      if (!enabled(file)
          || !RepositoryRule.isUsable(repository)
          || !isPrivateRegistry(repository)) {
        return List.of();
      }
      Object secrets = file.effective(PULL_SECRETS);
      if (secrets instanceof List<?> list && !list.isEmpty()) {
        return List.of();
      }
      return List.of(
          ImageVolumeValues.warning(
              file.valueLocation(REPOSITORY),
              "image-volume-pull-secret",
              "Calamari comes from the registry "
                  + repository.substring(0, repository.indexOf('/'))
                  + " but imagePullSecrets is empty: the kubelet pulls image volumes with the"
                  + " script "
                  + "pod's pull secrets, so a registry that needs credentials will refuse the"
                  + " pull; "
                  + "add one, e.g. imagePullSecrets: [{name: mirror-credentials}]"));
    }

    private static boolean isPrivateRegistry(String repository) {
      int slash = repository.indexOf('/');
      return slash > 0
          && RepositoryRule.isRegistry(repository.substring(0, slash))
          && !repository.startsWith("docker.io/")
          && !repository.startsWith("index.docker.io/");
    }
  }
}
