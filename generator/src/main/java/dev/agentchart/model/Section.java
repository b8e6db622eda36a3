package dev.agentchart.model;

/** A README section that values are grouped under. */
public record Section(String id, String title, String description) {}
