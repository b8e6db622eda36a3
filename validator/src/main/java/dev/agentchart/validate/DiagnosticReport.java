package dev.agentchart.validate;

import dev.agentchart.yaml.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diagnostics as people read them, or as CI tools parse them. */
public final class DiagnosticReport {

  private DiagnosticReport() {}

  /** One line a diagnostic, then a summary line. */
  public static String text(List<Diagnostic> diagnostics, int files) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(d).append('\n'));
    return out.append(summary(diagnostics, files)).append('\n').toString();
  }

  /** {@code {"diagnostics": [...], "errors": N, "warnings": M, "files": K}}, keys in this order. */
  public static String json(List<Diagnostic> diagnostics, int files, List<String> previews) {
    List<Object> items = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", d.file());
      item.put("line", (long) d.line());
      item.put("column", (long) d.column());
      item.put("severity", d.severity().word());
      item.put("rule", d.rule());
      item.put("message", d.message());
      items.add(item);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("diagnostics", items);
    report.put("errors", errors(diagnostics));
    report.put("warnings", (long) diagnostics.size() - errors(diagnostics));
    report.put("files", (long) files);
    report.put("previews", previews);
    return Json.pretty(report, 0) + "\n";
  }

  static String summary(List<Diagnostic> diagnostics, int files) {
    long errors = errors(diagnostics);
    long warnings = diagnostics.size() - errors;
    return errors
        + " error"
        + (errors == 1 ? "" : "s")
        + ", "
        + warnings
        + " warning"
        + (warnings == 1 ? "" : "s")
        + " in "
        + files
        + " file"
        + (files == 1 ? "" : "s");
  }

  private static long errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }
}
