package dev.agentchart.cli;

import dev.agentchart.generate.ChartDrift;
import dev.agentchart.generate.ChartGenerator;
import dev.agentchart.generate.ChartWriter;
import dev.agentchart.generate.GeneratedChart;
import dev.agentchart.model.ChartModel;
import dev.agentchart.model.ModelLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentchart generate}: the whole chart from the model, or a drift check of it. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Agentchart.Version.class,
    description = {
      "Generate the chart (Chart.yaml, values.yaml, values.schema.json, templates, README) "
          + "from the model.",
      "The chart is written to a temporary directory and swapped in only when every file "
          + "succeeded."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the chart was written, or (--check) is up to date",
      "1:(--check) the chart on disk differs from what the model produces",
      "2:the model, a template or an option is unusable"
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "The chart model (default: model/kubernetes-agent.yaml).")
  Path model;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "The Jinjava templates (default: chart-templates).")
  Path templates;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The chart directory (default: charts/kubernetes-agent).")
  Path out;

  @Option(
      names = "--check",
      description = "Write nothing; exit 1 and print a unified diff per file if the chart differs.")
  boolean check;

  @Override
  public Integer call() throws Exception {
    Path modelFile = ProjectPaths.resolve(model, "model/kubernetes-agent.yaml");
    Path templatesDir = ProjectPaths.resolve(templates, "chart-templates");
    Path chartDir = ProjectPaths.resolve(out, "charts/kubernetes-agent");

    ChartModel chartModel = ModelLoader.load(modelFile, ProjectPaths.display(modelFile));
    GeneratedChart chart =
        new ChartGenerator(templatesDir, ProjectPaths.display(templatesDir)).generate(chartModel);

    if (check) {
      return reportDrift(chart, chartDir);
    }
    ChartWriter.write(chart, chartDir);
    spec.commandLine()
        .getOut()
        .printf("generated %d files in %s%n", chart.files().size(), ProjectPaths.display(chartDir));
    return 0;
  }

  private int reportDrift(GeneratedChart chart, Path chartDir) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String shown = ProjectPaths.display(chartDir);
    List<ChartDrift.FileDrift> drifts = ChartDrift.compare(chart, chartDir, shown);
    if (drifts.isEmpty()) {
      out.printf("%s is up to date with the model (%d files)%n", shown, chart.files().size());
      return 0;
    }
    drifts.forEach(d -> out.print(d.diff()));
    out.printf(
        "%s differs from the model in %d file(s); run ./agentchart generate%n",
        shown, drifts.size());
    return Agentchart.CHECK_FAILED;
  }
}
