package dev.agentchart.generate;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares a generated chart with the chart on disk, file by file, and describes each difference as
 * a unified diff: what CI prints when someone edited the chart by hand or forgot to regenerate.
 */
public final class ChartDrift {

  private ChartDrift() {}

  /** One file that differs. */
  public record FileDrift(String path, String diff) {}

  /**
   * Every file that differs, is missing on disk, or exists on disk but is not generated.
   *
   * @param displayDir how the chart directory is named in diff headers
   */
  public static List<FileDrift> compare(GeneratedChart chart, Path dir, String displayDir)
      throws IOException {
    Map<String, String> onDisk = read(dir);
    TreeMap<String, Boolean> all = new TreeMap<>();
    chart.files().keySet().forEach(k -> all.put(k, true));
    onDisk.keySet().forEach(k -> all.put(k, true));

    List<FileDrift> drifts = new ArrayList<>();
    for (String path : all.keySet()) {
      String expected = chart.files().get(path);
      String actual = onDisk.get(path);
      if (expected == null || !expected.equals(actual)) {
        drifts.add(new FileDrift(path, diff(displayDir + "/" + path, actual, expected)));
      }
    }
    return drifts;
  }

  private static String diff(String shown, String actual, String expected) {
    String name = shown.startsWith("/") ? shown.substring(1) : shown;
    List<String> from = lines(actual);
    List<String> to = lines(expected);
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(
            actual == null ? "/dev/null" : "a/" + name,
            expected == null ? "/dev/null" : "b/" + name,
            from,
            DiffUtils.diff(from, to),
            3);
    return String.join("\n", unified) + "\n";
  }

  private static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> lines = List.of(text.split("\n", -1));
    // A final '\n' ends the last line; it does not start an empty one.
    return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), readLenient(p));
      }
    }
    return files;
  }

  private static String readLenient(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }
}
