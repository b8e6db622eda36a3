package dev.agentchart.model;

/**
 * What the chart knows of the Calamari image volume feature.
 *
 * @param enabledBy the boolean value that turns it on
 * @param minKubeVersion the first Kubernetes minor ({@code 1.35}) with image volumes on by default
 * @param fallbackWarning the agent's task-log warning below that version, with {@code {major}} and
 *     {@code {minor}} placeholders
 */
public record ImageVolumeFeature(String enabledBy, String minKubeVersion, String fallbackWarning) {}
