package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.List;

/** A rule about a pod at a Kubernetes minor version. */
public interface PodRule {

  /** Every violation of this rule by {@code pod} on {@code release}; empty when it holds. */
  List<Violation> check(V1Pod pod, KubernetesRelease release);
}
