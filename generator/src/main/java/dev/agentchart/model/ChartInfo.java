package dev.agentchart.model;

import java.util.List;
import java.util.Map;

/** The chart's metadata, as Chart.yaml carries it. */
public record ChartInfo(
    String name,
    String version,
    String appVersion,
    String description,
    String home,
    String icon,
    List<String> keywords,
    List<String> sources,
    List<Map<String, String>> maintainers) {}
