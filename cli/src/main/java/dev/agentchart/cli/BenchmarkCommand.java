package dev.agentchart.cli;

import dev.agentchart.golden.Matrix;
import dev.agentchart.golden.VerifyBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentchart benchmark}: verify's time against the bare Helm renders it needs. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    versionProvider = Agentchart.Version.class,
    description = {
      "Time a full verify against its floor, the bare Helm renders of the same matrix on the "
          + "same cores, alternating in one process, and print both with their ratio.",
      "With --write, the result replaces the verify section of BENCHMARKS.md."
    })
final class BenchmarkCommand implements Callable<Integer> {

  static final String COMMAND = "./agentchart benchmark --write";
  private static final String SECTION = "## verify against bare Helm renders";

  @Spec CommandSpec spec;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "5",
      description = "Counted rounds of each side, after one warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--write", description = "Write the result into BENCHMARKS.md.")
  boolean write;

  @Override
  public Integer call() throws Exception {
    if (rounds < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rounds must be at least 1");
    }
    Path root = ProjectPaths.root();
    Path golden = root.resolve("golden");
    Matrix matrix = Matrix.load(golden.resolve("matrix.yaml"), "golden/matrix.yaml");

    VerifyBenchmark.Result result =
        VerifyBenchmark.run(matrix, root.resolve("charts/kubernetes-agent"), golden, rounds);

    String section = section(result);
    PrintWriter out = spec.commandLine().getOut();
    out.print(section);
    if (write) {
      Benchmarks.replaceSection(root.resolve("BENCHMARKS.md"), SECTION, section);
      out.println("wrote BENCHMARKS.md");
    }
    return 0;
  }

  private static String section(VerifyBenchmark.Result r) {
    return String.format(
        Locale.ROOT,
        """
        %s

        Reproduce with `%s` (%d counted rounds after one warm-up, medians, %d cores, %s).
        Rounds vary by about a tenth from one to the next on a shared machine; the ratio
        is what to compare.

        | what | time |
        |---|---|
        | %d bare Helm renders, in parallel | %.0f ms |
        | full `verify` of %d cases (same renders; read, composed, checked, compared) | %.0f ms |
        | ratio | **%.2f** |
        """,
        SECTION,
        COMMAND,
        r.rounds(),
        Runtime.getRuntime().availableProcessors(),
        "Java " + System.getProperty("java.version"),
        r.renders(),
        r.rendersMillis(),
        r.cases(),
        r.verifyMillis(),
        r.ratio());
  }
}
