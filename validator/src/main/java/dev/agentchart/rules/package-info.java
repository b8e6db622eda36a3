/**
 * Checking a composed script pod against the API rules of the Kubernetes release it is sent to, for
 * image volumes. What each release offers is data ({@code image-volume-versions.yaml}, one row per
 * stage); each rule is a small {@link dev.agentchart.rules.PodRule} that reports {@link
 * dev.agentchart.rules.Violation}s. {@link dev.agentchart.rules.VersionRules} is the entry point;
 * the rules themselves are package-private.
 */
package dev.agentchart.rules;
