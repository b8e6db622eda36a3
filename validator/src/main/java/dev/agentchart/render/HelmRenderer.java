package dev.agentchart.render;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.agentchart.yaml.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Renders a chart with the real Helm engine (helm-java, in process), caching by request so that
 * cases which differ only in what the agent does with the result share one render, and running
 * distinct renders in parallel on all cores.
 */
public final class HelmRenderer implements AutoCloseable {

  private final Path chartDir;
  private final ExecutorService pool;
  private final Map<RenderRequest, CompletableFuture<String>> renders = new ConcurrentHashMap<>();

  public HelmRenderer(Path chartDir) {
    this(chartDir, Runtime.getRuntime().availableProcessors());
  }

  public HelmRenderer(Path chartDir, int threads) {
    this.chartDir = chartDir;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "helm-render");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Starts the render of {@code request} unless it is already running or done. A failed render
   * completes the future with a {@link CompletionException} whose cause is a {@link
   * RenderException}.
   */
  public CompletableFuture<String> submit(RenderRequest request) {
    return renders.computeIfAbsent(
        request, r -> CompletableFuture.supplyAsync(() -> renderNow(r), pool));
  }

  /** The manifests of {@code request}, rendering it if no earlier call did. */
  public String render(RenderRequest request) throws RenderException {
    try {
      return submit(request).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RenderException failure) {
        throw failure;
      }
      throw new IllegalStateException("render failed unexpectedly", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderException("interrupted while rendering");
    }
  }

  /** How many distinct renders were asked for. */
  public int renderCount() {
    return renders.size();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private String renderNow(RenderRequest request) {
    if (!Files.isDirectory(chartDir)) {
      throw failure("chart not found: " + chartDir);
    }
    TemplateCommand template =
        new Helm(chartDir)
            .template()
            .withName(request.releaseName())
            .withNamespace(request.namespace())
            .withKubeVersion(request.kubeVersion());
    for (Path file : request.valuesFiles()) {
      template = template.withValuesFile(file);
    }
    Path sets = null;
    try {
      if (!request.sets().isEmpty()) {
        sets = writeSets(request.sets());
        template = template.withValuesFile(sets);
      }
      return template.call();
    } catch (IllegalArgumentException e) {
      throw failure(e.getMessage());
    } catch (IllegalStateException e) {
      throw failure(clean(e.getMessage()));
    } catch (IOException e) {
      throw failure("cannot write the --set values for Helm: " + e.getMessage());
    } finally {
      deleteQuietly(sets);
    }
  }

  /**
   * The {@code --set} values as the last values file: Helm gives it precedence over every {@code
   * -f} file, as it does to {@code --set}. JSON keeps each value's type as parsed.
   */
  private static Path writeSets(List<String> sets) throws IOException {
    Path file = Files.createTempFile("agentchart-set-", ".json");
    Files.writeString(file, Json.compact(SetValues.parse(sets)), StandardCharsets.UTF_8);
    return file;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary file is harmless; the render result is what matters.
      }
    }
  }

  /** Helm's errors arrive as one native string; keep what a user can act on. */
  private static String clean(String message) {
    if (message == null) {
      return "helm failed without a message";
    }
    List<String> lines = new ArrayList<>();
    for (String line : message.strip().split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return String.join("\n", lines);
  }

  /** Carries Helm's message out of the render thread as the future's failure. */
  private static CompletionException failure(String message) {
    return new CompletionException(new RenderException(message));
  }
}
