package dev.agentchart.cli;

import java.nio.file.Path;

/**
 * Where the bundled model, templates, chart and golden files live. The launcher passes the project
 * root as {@code -Dagentchart.root}; without it, the working directory is the root.
 */
final class ProjectPaths {

  private ProjectPaths() {}

  static Path root() {
    String root = System.getProperty("agentchart.root");
    return Path.of(root == null || root.isBlank() ? "." : root).toAbsolutePath().normalize();
  }

  /** A path as given on the command line, or the bundled default below the root. */
  static Path resolve(Path given, String bundled) {
    return given != null ? given : root().resolve(bundled);
  }

  /** How a path is shown in messages: relative to the root when below it, as given otherwise. */
  static String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = root();
    if (absolute.startsWith(root)) {
      return root.relativize(absolute).toString().replace('\\', '/');
    }
    Path cwd = Path.of("").toAbsolutePath();
    return absolute.startsWith(cwd)
        ? cwd.relativize(absolute).toString().replace('\\', '/')
        : path.toString();
  }
}
