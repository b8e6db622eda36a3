/**
 * The agent's configuration as the agent reads it: the environment of the chart's Tentacle
 * container, turned into one typed record with the agent's defaults for what is unset.
 *
 * <p>The variables and their meaning are the contract between chart and agent (FACTS.md §3). The
 * behaviour modelled is that of the Tentacle's Kubernetes configuration (the {@code
 * OCTOPUS__K8STENTACLE__*} properties read by {@code KubernetesConfig} and the script pod creator
 * in the OctopusTentacle repository).
 */
package dev.agentchart.agent;
