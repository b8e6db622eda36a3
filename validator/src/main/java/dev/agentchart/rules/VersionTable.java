package dev.agentchart.rules;

import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.LocatedYaml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The image volume table ({@code image-volume-versions.yaml}), read strictly: a row with a missing
 * or unknown key, a stage outside none/alpha/beta/ga, rows out of order or a row that contradicts
 * itself is an error with its line, so that a wrong edit of the data cannot change a rule quietly.
 */
final class VersionTable {

  static final String RESOURCE = "image-volume-versions.yaml";

  private static final List<String> KEY_ORDER =
      List.of(
          "major", "minor", "imageVolumeStage", "imageVolumeOnByDefault", "imageSubPathAllowed");
  private static final Set<String> KEYS = Set.copyOf(KEY_ORDER);

  private final List<KubernetesRelease> rows;

  private VersionTable(List<KubernetesRelease> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The table shipped with the validator. */
  static VersionTable load() {
    try (InputStream in = VersionTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the validator's resources");
      }
      return parse(in.readAllBytes(), RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a table; every problem is reported at once, each at its line and column. */
  static VersionTable parse(byte[] yaml, String file) {
    LocatedYaml located;
    try {
      located = LocatedYaml.parse(yaml, file);
    } catch (InputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    List<KubernetesRelease> rows = new Rows(located, problems).read();
    if (problems.isEmpty()) {
      checkOrder(located, rows, problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new VersionTable(rows);
  }

  List<KubernetesRelease> rows() {
    return rows;
  }

  /**
   * The row in force for {@code major.minor}: the last row at or before it. A release older than
   * the table gets the first row, which stands for everything before it; a newer one the last.
   */
  KubernetesRelease release(int major, int minor) {
    KubernetesRelease inForce = rows.get(0);
    for (KubernetesRelease row : rows) {
      if (atOrBefore(row, major, minor)) {
        inForce = row;
      }
    }
    return inForce;
  }

  /** The first row for which {@code condition} holds, such as the first with the gate on. */
  KubernetesRelease first(Predicate<KubernetesRelease> condition, String what) {
    return rows.stream()
        .filter(condition)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no release " + what));
  }

  private static boolean atOrBefore(KubernetesRelease row, int major, int minor) {
    return row.major() != major ? row.major() < major : row.minor() <= minor;
  }

  private static void checkOrder(
      LocatedYaml located, List<KubernetesRelease> rows, List<String> problems) {
    for (int i = 1; i < rows.size(); i++) {
      KubernetesRelease before = rows.get(i - 1);
      KubernetesRelease row = rows.get(i);
      String at = located.valueLocation("/releases/" + i) + ": releases[" + i + "]: ";
      if (atOrBefore(row, before.major(), before.minor())) {
        problems.add(at + row.version() + " does not come after " + before.version());
      }
      int stage = KubernetesRelease.STAGES.indexOf(row.imageVolumeStage());
      if (stage < KubernetesRelease.STAGES.indexOf(before.imageVolumeStage())) {
        problems.add(
            at
                + "stage "
                + row.imageVolumeStage()
                + " goes back from "
                + before.imageVolumeStage()
                + " of "
                + before.version());
      }
    }
  }

  /** Reads the rows of a parsed table, adding one located problem per mistake. */
  private static final class Rows {

    private final LocatedYaml located;
    private final List<String> problems;

    Rows(LocatedYaml located, List<String> problems) {
      this.located = located;
      this.problems = problems;
    }

    List<KubernetesRelease> read() {
      if (!(located.root() instanceof Map<?, ?> root)
          || !root.keySet().equals(Set.of("releases"))) {
        problems.add(located.valueLocation("") + ": expected a mapping with one key, releases");
        return List.of();
      }
      if (!(root.get("releases") instanceof List<?> items) || items.isEmpty()) {
        problems.add(located.valueLocation("/releases") + ": releases: expected a list of rows");
        return List.of();
      }
      List<KubernetesRelease> rows = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        KubernetesRelease row = row(items.get(i), "/releases/" + i, "releases[" + i + "]");
        if (row != null) {
          rows.add(row);
        }
      }
      return rows;
    }

    private KubernetesRelease row(Object item, String pointer, String path) {
      if (!(item instanceof Map<?, ?> row)) {
        report(pointer, path, "expected a mapping with the keys " + String.join(", ", KEY_ORDER));
        return null;
      }
      int before = problems.size();
      for (Object key : row.keySet()) {
        if (!KEYS.contains(String.valueOf(key))) {
          problems.add(
              located.keyLocation(pointer + "/" + key)
                  + ": "
                  + path
                  + "."
                  + key
                  + ": unknown key; a row has "
                  + String.join(", ", KEY_ORDER));
        }
      }
      int major = version(row, pointer, path, "major");
      int minor = version(row, pointer, path, "minor");
      String stage = stage(row, pointer, path);
      boolean onByDefault = flag(row, pointer, path, "imageVolumeOnByDefault");
      boolean subPath = flag(row, pointer, path, "imageSubPathAllowed");
      if (problems.size() > before) {
        return null;
      }
      if (stage.equals("none") && (onByDefault || subPath)) {
        report(
            pointer,
            path,
            "a release without image volumes can neither turn them on nor allow"
                + " subPath on them");
      }
      // A GA feature gate is locked to its default, which is on.
      if (stage.equals("ga") && !onByDefault) {
        report(pointer, path, "image volumes are ga but not on by default");
      }
      return new KubernetesRelease(major, minor, stage, onByDefault, subPath);
    }

    private int version(Map<?, ?> row, String pointer, String path, String key) {
      Object value = row.get(key);
      if (value instanceof Long number && number >= 0 && number <= 1000) {
        return number.intValue();
      }
      report(
          pointer + "/" + key, path + "." + key, "expected a whole number, found " + show(value));
      return -1;
    }

    private String stage(Map<?, ?> row, String pointer, String path) {
      Object value = row.get("imageVolumeStage");
      if (value instanceof String stage && KubernetesRelease.STAGES.contains(stage)) {
        return stage;
      }
      report(
          pointer + "/imageVolumeStage",
          path + ".imageVolumeStage",
          "expected one of "
              + String.join(", ", KubernetesRelease.STAGES)
              + ", found "
              + show(value));
      return "none";
    }

    private boolean flag(Map<?, ?> row, String pointer, String path, String key) {
      Object value = row.get(key);
      if (value instanceof Boolean flag) {
        return flag;
      }
      report(pointer + "/" + key, path + "." + key, "expected true or false, found " + show(value));
      return false;
    }

    private void report(String pointer, String path, String message) {
      problems.add(located.valueLocation(pointer) + ": " + path + ": " + message);
    }

    private static String show(Object value) {
      if (value == null) {
        return "nothing";
      }
      return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
  }
}
