package dev.agentchart.generate;

import dev.agentchart.model.ChartModel;
import dev.agentchart.yaml.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Produces every file of the chart from the model through the Jinjava templates of a templates
 * directory: {@code X.j2} becomes {@code X} at the same relative place. Files under {@code
 * partials/} are only included by other templates.
 */
public final class ChartGenerator {

  private static final String SUFFIX = ".j2";
  private static final String PARTIALS = "partials/";

  private final Path templatesDir;
  private final String templatesName;

  /**
   * @param templatesDir the directory holding the templates
   * @param templatesName how that directory is named in messages
   */
  public ChartGenerator(Path templatesDir, String templatesName) {
    this.templatesDir = templatesDir;
    this.templatesName = templatesName;
  }

  /** Renders the whole chart in memory; reports every template error at once. */
  public GeneratedChart generate(ChartModel model) throws InputException {
    List<String> templates = templates();
    Map<String, Object> context = ChartContext.of(model);
    TemplateEngine engine = new TemplateEngine(templatesDir, templatesName);

    TreeMap<String, String> files = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String template : templates) {
      try {
        String text = Files.readString(templatesDir.resolve(template), StandardCharsets.UTF_8);
        String output = engine.render(template, text, context);
        files.put(template.substring(0, template.length() - SUFFIX.length()), normalize(output));
      } catch (InputException e) {
        problems.addAll(e.problems());
      } catch (IOException e) {
        problems.add(templatesName + "/" + template + ": cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new GeneratedChart(files);
  }

  private List<String> templates() throws InputException {
    if (!Files.isDirectory(templatesDir)) {
      throw new InputException(templatesName + ": templates directory not found");
    }
    try (Stream<Path> walk = Files.walk(templatesDir)) {
      List<String> templates =
          walk.filter(Files::isRegularFile)
              .map(p -> templatesDir.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(SUFFIX) && !p.startsWith(PARTIALS))
              .sorted()
              .toList();
      if (templates.isEmpty()) {
        throw new InputException(templatesName + ": no *" + SUFFIX + " templates found");
      }
      return templates;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One trailing newline, '\n' line ends: the same bytes on every platform and run. */
  private static String normalize(String text) {
    String unix = text.replace("\r\n", "\n");
    return unix.stripTrailing() + "\n";
  }
}
