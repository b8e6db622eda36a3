package dev.agentchart.cli;

import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.validate.Diagnostic;
import dev.agentchart.validate.DiagnosticReport;
import dev.agentchart.validate.ImageVolumePreview;
import dev.agentchart.validate.ValuesValidator;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.UnreadableFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agentchart validate}: a user's values files, before {@code helm install}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Agentchart.Version.class,
    description = {
      "Check values files for the chart: YAML syntax, the chart's values schema (the check Helm "
          + "runs, reported at the line and column you wrote), Kubernetes-typed values, and the "
          + "Calamari image volume rules.",
      "One diagnostic a line, FILE:LINE:COL: error|warning: MESSAGE [rule-id], then a summary."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:an error in any file",
      "2:a file cannot be read, or the arguments are wrong"
    })
final class ValidateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "VALUES", description = "Values files to check.")
  List<Path> files;

  @Option(
      names = "--kube-version",
      paramLabel = "V",
      description =
          "The cluster's Kubernetes version; adds the version rules and a preview of "
              + "what the agent does for script pods there.")
  String kubeVersion;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--chart",
      paramLabel = "DIR",
      description = "The chart (default: charts/kubernetes-agent).")
  Path chart;

  @Override
  public Integer call() throws Exception {
    ClusterVersion cluster = cluster();
    Path chartDir = ProjectPaths.resolve(chart, "charts/kubernetes-agent");
    ValuesValidator validator = ValuesValidator.forChart(chartDir);

    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    List<String> previews = new ArrayList<>();
    for (Path file : files) {
      String shown = ProjectPaths.display(file);
      try {
        List<Diagnostic> found = validator.validate(file, shown, cluster);
        diagnostics.addAll(found);
        if (cluster != null && found.stream().noneMatch(Diagnostic::isError)) {
          previews.add(ImageVolumePreview.of(chartDir, file, shown, kubeVersion, cluster));
        }
      } catch (UnreadableFileException e) {
        unreadable.addAll(e.problems());
      }
    }
    diagnostics.sort(Diagnostic.BY_POSITION);

    report(diagnostics, previews, unreadable);
    if (!unreadable.isEmpty()) {
      return Agentchart.UNUSABLE_INPUT;
    }
    return diagnostics.stream().anyMatch(Diagnostic::isError) ? Agentchart.CHECK_FAILED : 0;
  }

  private ClusterVersion cluster() throws InputException {
    if (kubeVersion == null) {
      return null;
    }
    return KubeVersionOption.parse(kubeVersion);
  }

  private void report(
      List<Diagnostic> diagnostics, List<String> previews, List<String> unreadable) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    unreadable.forEach(problem -> err.println("error: " + problem));
    int readable = files.size() - unreadable.size();
    if (format == Format.json) {
      out.print(DiagnosticReport.json(diagnostics, readable, previews));
      return;
    }
    String text = DiagnosticReport.text(diagnostics, readable);
    out.print(text);
    previews.forEach(p -> out.println("preview: " + p));
  }
}
