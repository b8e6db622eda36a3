package dev.agentchart.generate;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.FileLocator;
import com.hubspot.jinjava.tree.parse.StringTokenScannerSymbols;
import dev.agentchart.yaml.InputException;
import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jinjava set up for writing Helm charts: its delimiters are {@code << >>}, {@code <% %>} and
 * {@code <# #>}, so that Helm's own {@code {{ }}} passes through untouched, and an unknown variable
 * is an error rather than an empty string.
 */
final class TemplateEngine {

  /** Generous for a chart; a runaway loop fails instead of filling the disk. */
  private static final long MAX_OUTPUT = 8L * 1024 * 1024;

  private final Jinjava jinjava;
  private final Path root;
  private final String rootName;

  /**
   * @param root the templates directory; {@code include} paths are relative to it
   * @param rootName how the directory is named in messages, such as {@code chart-templates}
   */
  TemplateEngine(Path root, String rootName) {
    this.root = root;
    this.rootName = rootName;
    JinjavaConfig config =
        JinjavaConfig.newBuilder()
            .withTokenScannerSymbols(
                StringTokenScannerSymbols.builder()
                    .withVariableStartString("<<")
                    .withVariableEndString(">>")
                    .withBlockStartString("<%")
                    .withBlockEndString("%>")
                    .withCommentStartString("<#")
                    .withCommentEndString("#>")
                    .build())
            .withFailOnUnknownTokens(true)
            .withTrimBlocks(true)
            .withLstripBlocks(true)
            .withMaxOutputSize(MAX_OUTPUT)
            .withLocale(Locale.ROOT)
            .build();
    this.jinjava = new Jinjava(config);
    try {
      jinjava.setResourceLocator(new FileLocator(root.toFile()));
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException("templates directory not found: " + root, e);
    }
  }

  /**
   * Renders one template. Every error is reported at once, each as {@code FILE:LINE: message}.
   *
   * @param relative the template's path below the templates directory, for messages
   */
  String render(String relative, String template, Map<String, Object> context)
      throws InputException {
    RenderResult result = jinjava.renderForResult(template, context);
    List<String> problems = new ArrayList<>();
    for (TemplateError error : result.getErrors()) {
      if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
        problems.add(describe(relative, error));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return result.getOutput();
  }

  private String describe(String relative, TemplateError error) {
    String file = error.getSourceTemplate().map(this::displayName).orElse(relative);
    String where = rootName + "/" + file + (error.getLineno() > 0 ? ":" + error.getLineno() : "");
    String message = error.getMessage() == null ? error.getReason().toString() : error.getMessage();
    return where + ": template error: " + message.strip();
  }

  private String displayName(String source) {
    Path path = Path.of(source);
    return path.isAbsolute() && path.startsWith(root)
        ? root.relativize(path).toString().replace('\\', '/')
        : source;
  }
}
