package dev.agentchart.validate;

import static dev.agentchart.validate.ImageVolumeValues.REPOSITORY;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Calamari repository must name a registry and path only: the agent appends {@code
 * /{tool}:{version}} itself (FACTS §5), so a repository that already ends in a tool, a tag or a
 * digest makes the kubelet pull an image that does not exist. Its grammar is checked by jib's
 * reference parser, the one Jib builds and pushes images with.
 *
 * <p>Rule ids: {@code image-repository-tool}, {@code image-repository-tag}, {@code
 * image-repository-format}.
 */
final class RepositoryRule implements ValuesRule {

  @Override
  public List<Diagnostic> check(ValuesFile file, ClusterVersion cluster) {
    if (!file.isSet(REPOSITORY) || !(file.effective(REPOSITORY) instanceof String written)) {
      return List.of();
    }
    Location at = file.valueLocation(REPOSITORY);
    List<Diagnostic> found = new ArrayList<>();

    String repository = written;
    String withoutReference = stripTagOrDigest(repository);
    if (!withoutReference.equals(repository)) {
      found.add(
          ImageVolumeValues.error(
              at,
              "image-repository-tag",
              "'scriptPods.calamariImageVolume.image.repository' is \""
                  + written
                  + "\", which "
                  + "carries a tag or digest; the agent appends the Calamari version itself: write"
                  + " \""
                  + fixed(written)
                  + "\""));
      repository = withoutReference;
    }
    String tool = lastComponent(repository);
    if (ImageVolumeValues.TOOLS.stream().anyMatch(t -> t.equalsIgnoreCase(tool))) {
      found.add(
          ImageVolumeValues.error(
              at,
              "image-repository-tool",
              "'scriptPods.calamariImageVolume.image.repository' is \""
                  + written
                  + "\", which names "
                  + "the tool '"
                  + tool
                  + "'; the agent appends /<tool>:<version> itself: write \""
                  + fixed(written)
                  + "\""));
      repository = parent(repository);
    }
    if (found.isEmpty()) {
      formatProblem(repository)
          .ifPresent(
              problem ->
                  found.add(
                      ImageVolumeValues.error(
                          at,
                          "image-repository-format",
                          "'scriptPods.calamariImageVolume.image.repository' is \""
                              + written
                              + "\", not a valid image repository: "
                              + problem)));
    }
    return found;
  }

  /** What is wrong with a registry-and-path reference, in the user's terms, if anything. */
  static Optional<String> formatProblem(String repository) {
    if (repository.isEmpty()) {
      return Optional.of(
          "it is empty; write a registry host and path, or leave it out "
              + "for Docker Hub's \"octopusdeploy\"");
    }
    if (repository.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("it contains whitespace");
    }
    if (repository.contains("://")) {
      return Optional.of(
          "an image reference has no scheme: write \""
              + repository.substring(repository.indexOf("://") + 3)
              + "\"");
    }
    if (repository.endsWith("/")) {
      return Optional.of("it ends with '/': write \"" + repository.replaceAll("/+$", "") + "\"");
    }
    String path =
        repository.contains("/") && isRegistry(firstComponent(repository))
            ? repository.substring(repository.indexOf('/') + 1)
            : repository;
    if (!path.equals(path.toLowerCase(Locale.ROOT))) {
      return Optional.of(
          "repository path components are lower case: write \""
              + repository.substring(0, repository.length() - path.length())
              + path.toLowerCase(Locale.ROOT)
              + "\"");
    }
    try {
      ImageReference reference = ImageReference.parse(repository + "/calamari:1.0.0");
      if (!ImageReference.isValidRepository(reference.getRepository())) {
        return Optional.of("'" + path + "' is not a valid repository path");
      }
      return Optional.empty();
    } catch (InvalidImageReferenceException e) {
      return Optional.of(
          "a registry is host[:port] and a path is lower-case "
              + "components of letters, digits and . _ - separated by '/'");
    }
  }

  /** Whether a repository is one the agent can pull from; other rules skip broken ones. */
  static boolean isUsable(String repository) {
    return repository != null
        && fixed(repository).equals(repository)
        && formatProblem(repository).isEmpty();
  }

  /** The repository with tag, digest and a trailing tool name taken off. */
  static String fixed(String repository) {
    String fixed = stripTagOrDigest(repository);
    String tool = lastComponent(fixed);
    if (ImageVolumeValues.TOOLS.stream().anyMatch(t -> t.equalsIgnoreCase(tool))) {
      fixed = parent(fixed);
    }
    return fixed.isEmpty() ? ImageVolumeValues.DEFAULT_REPOSITORY : fixed;
  }

  private static String stripTagOrDigest(String repository) {
    String r =
        repository.contains("@") ? repository.substring(0, repository.indexOf('@')) : repository;
    int slash = r.lastIndexOf('/');
    int colon = r.lastIndexOf(':');
    // A colon in the first component of a multi-part reference is a registry port, not a tag.
    boolean isPort = slash < 0 ? false : colon < slash;
    return colon > slash && !isPort ? r.substring(0, colon) : r;
  }

  private static String lastComponent(String repository) {
    return repository.substring(repository.lastIndexOf('/') + 1);
  }

  private static String firstComponent(String repository) {
    int slash = repository.indexOf('/');
    return slash < 0 ? repository : repository.substring(0, slash);
  }

  private static String parent(String repository) {
    int slash = repository.lastIndexOf('/');
    return slash < 0 ? "" : repository.substring(0, slash);
  }

  /** Docker's rule: a first component with '.' or ':' or equal to localhost is a registry. */
  static boolean isRegistry(String component) {
    return component.contains(".") || component.contains(":") || component.equals("localhost");
  }
}
