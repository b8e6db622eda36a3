package dev.agentchart.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rewrites golden files from a verification: only files whose text changes are written, files no
 * case produces are removed, and nothing at all is written when any case could not be composed.
 */
public final class GoldenUpdate {

  /** What an update did. */
  public record Summary(int added, int changed, int removed) {}

  private GoldenUpdate() {}

  /**
   * Applies {@code verification} to {@code goldenDir}.
   *
   * @throws IllegalStateException when a case was unusable; nothing has been written then
   */
  public static Summary apply(Verification verification, Path goldenDir) throws IOException {
    if (verification.anyUnusable()) {
      throw new IllegalStateException("some cases could not be composed; nothing was written");
    }
    int added = 0;
    int changed = 0;
    for (CaseOutcome outcome : verification.cases()) {
      Path file = goldenDir.resolve(outcome.podCase().goldenPath());
      byte[] text = outcome.text().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.write(file, text);
        added++;
      } else if (!Arrays.equals(Files.readAllBytes(file), text)) {
        Files.write(file, text);
        changed++;
      }
    }
    for (String stale : verification.stale()) {
      Files.delete(goldenDir.resolve(stale));
    }
    removeEmptyDirectories(goldenDir.resolve("pods"));
    return new Summary(added, changed, verification.stale().size());
  }

  private static void removeEmptyDirectories(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> dirs = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
      for (Path dir : dirs) {
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isEmpty() && !dir.equals(root)) {
            Files.delete(dir);
          }
        }
      }
    }
  }
}
