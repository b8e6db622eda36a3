package dev.agentchart.support;

import dev.agentchart.generate.ChartGenerator;
import dev.agentchart.generate.GeneratedChart;
import dev.agentchart.model.ChartModel;
import dev.agentchart.model.ModelLoader;
import java.nio.file.Path;

/** The bundled model, templates and chart, found through the project root Maven passes in. */
public final class Project {

  private Project() {}

  public static Path root() {
    String root = System.getProperty("agentchart.root");
    if (root == null) {
      throw new IllegalStateException("run through Maven: -Dagentchart.root is not set");
    }
    return Path.of(root);
  }

  public static Path model() {
    return root().resolve("model/kubernetes-agent.yaml");
  }

  public static Path templates() {
    return root().resolve("chart-templates");
  }

  public static Path chart() {
    return root().resolve("charts/kubernetes-agent");
  }

  public static ChartModel loadModel() throws Exception {
    return ModelLoader.load(model(), "model/kubernetes-agent.yaml");
  }

  public static GeneratedChart generate() throws Exception {
    return new ChartGenerator(templates(), "chart-templates").generate(loadModel());
  }
}
