package dev.agentchart.validate;

import java.util.Comparator;

/**
 * One finding in a values file, at its place, in the form compilers print: {@code FILE:LINE:COL:
 * error|warning: MESSAGE [rule-id]}.
 *
 * @param line 1-based; 0 when the finding concerns the whole file
 * @param rule a stable id that CI tools and people can filter on
 */
public record Diagnostic(
    String file, int line, int column, Severity severity, String message, String rule) {

  /** How bad a finding is: an error fails the check, a warning does not. */
  public enum Severity {
    ERROR,
    WARNING;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Reading order: file, line, column, then errors before warnings. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::rule);

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    String where = line == 0 ? file : file + ":" + line + ":" + column;
    return where + ": " + severity.word() + ": " + message + " [" + rule + "]";
  }
}
