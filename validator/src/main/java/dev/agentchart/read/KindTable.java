package dev.agentchart.read;

import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which client-java model reads which kind: every kind the chart renders, plus {@code Pod} for the
 * script pods composed from it. A kind outside the table is an error, not a silent skip, so that a
 * new template cannot escape the checks.
 */
final class KindTable {

  /** The group/version a kind is served at, and the model that reads it. */
  record Entry(String apiVersion, Class<?> model) {}

  private static final String RBAC = "rbac.authorization.k8s.io/v1";

  private static final Map<String, Entry> KINDS =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("ConfigMap", new Entry("v1", V1ConfigMap.class)),
              Map.entry("PersistentVolume", new Entry("v1", V1PersistentVolume.class)),
              Map.entry("PersistentVolumeClaim", new Entry("v1", V1PersistentVolumeClaim.class)),
              Map.entry("Pod", new Entry("v1", V1Pod.class)),
              Map.entry("Secret", new Entry("v1", V1Secret.class)),
              Map.entry("Service", new Entry("v1", V1Service.class)),
              Map.entry("ServiceAccount", new Entry("v1", V1ServiceAccount.class)),
              Map.entry("Deployment", new Entry("apps/v1", V1Deployment.class)),
              Map.entry("StatefulSet", new Entry("apps/v1", V1StatefulSet.class)),
              Map.entry("PodDisruptionBudget", new Entry("policy/v1", V1PodDisruptionBudget.class)),
              Map.entry("Role", new Entry(RBAC, V1Role.class)),
              Map.entry("RoleBinding", new Entry(RBAC, V1RoleBinding.class)),
              Map.entry("ClusterRole", new Entry(RBAC, V1ClusterRole.class)),
              Map.entry("ClusterRoleBinding", new Entry(RBAC, V1ClusterRoleBinding.class))));

  private KindTable() {}

  /** The kinds the reader knows, in name order. */
  static List<String> kinds() {
    return List.copyOf(KINDS.keySet());
  }

  /**
   * The model for an object's {@code apiVersion} and {@code kind}; empty, with a problem added,
   * when the pair is not in the table.
   */
  static Optional<Class<?>> model(Object apiVersion, Object kind, List<FieldProblem> problems) {
    if (kind == null) {
      problems.add(new FieldProblem("kind", "required field is missing"));
      return Optional.empty();
    }
    Entry entry = kind instanceof String name ? KINDS.get(name) : null;
    if (entry == null) {
      problems.add(
          new FieldProblem(
              "kind",
              "unknown kind "
                  + FieldPath.describe(kind)
                  + "; this reader knows "
                  + String.join(", ", KINDS.keySet())));
      return Optional.empty();
    }
    if (!entry.apiVersion().equals(apiVersion)) {
      problems.add(
          new FieldProblem(
              "apiVersion",
              "expected "
                  + entry.apiVersion()
                  + " for a "
                  + kind
                  + ", found "
                  + (apiVersion == null ? "none" : FieldPath.describe(apiVersion))));
      return Optional.empty();
    }
    return Optional.of(entry.model());
  }
}
