package dev.agentchart.generate;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A generated chart held in memory: file paths relative to the chart directory, with '/' as
 * separator, mapped to their text. Nothing touches the disk until the whole chart succeeded.
 */
public record GeneratedChart(SortedMap<String, String> files) {

  public GeneratedChart {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }
}
