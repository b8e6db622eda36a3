package dev.agentchart.golden;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.function.Predicate;

/**
 * Which cases {@code --only PATTERN} selects. A pattern with glob characters ({@code * ? [ {})
 * matches whole case ids ({@code volume-on-*}{@code /k8s-1.35.0/*}); any other pattern selects
 * the ids that contain it ({@code calamari.terraform}).
 */
public final class CasePattern {

  private CasePattern() {}

  public static Predicate<String> of(String pattern) {
    if (pattern == null || pattern.isEmpty()) {
      return id -> true;
    }
    if (pattern.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
      return id -> id.contains(pattern);
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    return id -> matcher.matches(Path.of(id));
  }
}
