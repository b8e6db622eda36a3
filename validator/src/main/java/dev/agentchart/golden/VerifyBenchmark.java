package dev.agentchart.golden;

import dev.agentchart.render.HelmRenderer;
import dev.agentchart.render.RenderRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Times a full verification against its floor, the bare Helm renders it needs, in one process and
 * alternating, so that both see the same machine state. Each side starts with empty caches; the
 * first round of each only warms the JVM and Helm's native library and is not counted.
 */
public final class VerifyBenchmark {

  /** Median times in milliseconds over the counted rounds. */
  public record Result(
      int cases, int renders, int rounds, double rendersMillis, double verifyMillis) {
    public double ratio() {
      return verifyMillis / rendersMillis;
    }
  }

  private VerifyBenchmark() {}

  public static Result run(Matrix matrix, Path chartDir, Path goldenDir, int rounds)
      throws Exception {
    Set<RenderRequest> requests = new LinkedHashSet<>();
    matrix.cases().forEach(c -> requests.add(c.render(matrix.releaseName(), matrix.namespace())));

    double[] renders = new double[rounds];
    double[] verifies = new double[rounds];
    for (int round = -1; round < rounds; round++) {
      double r = timeRenders(chartDir, requests);
      double v = timeVerify(matrix, chartDir, goldenDir);
      if (round >= 0) {
        renders[round] = r;
        verifies[round] = v;
      }
    }
    return new Result(
        matrix.cases().size(), requests.size(), rounds, median(renders), median(verifies));
  }

  private static double timeRenders(Path chartDir, Set<RenderRequest> requests) {
    long start = System.nanoTime();
    try (HelmRenderer renderer = new HelmRenderer(chartDir)) {
      List<CompletableFuture<String>> all = new ArrayList<>();
      requests.forEach(r -> all.add(renderer.submit(r)));
      all.forEach(CompletableFuture::join);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double timeVerify(Matrix matrix, Path chartDir, Path goldenDir) throws Exception {
    long start = System.nanoTime();
    try (Verifier verifier = new Verifier(chartDir, goldenDir)) {
      Verification verification = verifier.verify(matrix, id -> true);
      if (verification.failed() > 0) {
        throw new IllegalStateException("the matrix does not pass; benchmark a passing tree");
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
