/**
 * Composing a script pod exactly as the agent would from its configuration, one step and the
 * cluster's version (FACTS.md §4, §5), so that a chart's settings can be checked against the pod
 * they would really produce.
 *
 * <p>The behaviour modelled is that of the Tentacle's script pod creator and cluster version check
 * ({@code KubernetesScriptPodCreator}, {@code KubernetesPodContainerResolver}, {@code
 * ClusterVersion} in the OctopusTentacle repository); where FACTS.md and that code differ, FACTS.md
 * wins.
 */
package dev.agentchart.compose;
