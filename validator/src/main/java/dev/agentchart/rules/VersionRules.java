package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a pod against the image volume rules of the Kubernetes release it is sent to: looks up
 * what the release offers in the version table, then runs every rule.
 */
public final class VersionRules {

  private final VersionTable table;
  private final List<PodRule> rules;

  VersionRules(VersionTable table, List<PodRule> rules) {
    this.table = table;
    this.rules = List.copyOf(rules);
  }

  /** The shipped version table and the standard rules. */
  public static VersionRules standard() {
    return Standard.RULES;
  }

  /** The rules every check runs, in the order their violations are listed. */
  static List<PodRule> standardRules(VersionTable table) {
    return List.of(
        new UnsupportedImageVolumeRule(table),
        new GateOffImageVolumeRule(table),
        new ImageSubPathRule(table),
        new ImageReferenceRule(),
        new ImagePullPolicyRule(),
        new ImageReadOnlyRule());
  }

  /** The row in force for that minor (newer minors than the table: the last row). */
  public KubernetesRelease release(int major, int minor) {
    return table.release(major, minor);
  }

  /** Every row of the table, oldest first. */
  public List<KubernetesRelease> releases() {
    return table.rows();
  }

  /** Every violation of every rule by {@code pod} on Kubernetes {@code major.minor}. */
  public List<Violation> check(V1Pod pod, int major, int minor) {
    KubernetesRelease release = release(major, minor);
    List<Violation> violations = new ArrayList<>();
    for (PodRule rule : rules) {
      violations.addAll(rule.check(pod, release));
    }
    return List.copyOf(violations);
  }

  /** Loaded on first use and shared: the table and the rules are immutable. */
  private static final class Standard {
    static final VersionRules RULES;

    static {
      VersionTable table = VersionTable.load();
      RULES = new VersionRules(table, standardRules(table));
    }
  }
}
