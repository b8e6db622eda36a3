package dev.agentchart.cli;

import dev.agentchart.golden.CaseOutcome;
import dev.agentchart.golden.CasePattern;
import dev.agentchart.golden.GoldenUpdate;
import dev.agentchart.golden.Matrix;
import dev.agentchart.golden.Verification;
import dev.agentchart.golden.Verifier;
import dev.agentchart.yaml.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agentchart verify}: every script pod of the matrix against its golden file. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = Agentchart.Version.class,
    description = {
      "Render the chart with Helm at each Kubernetes version of golden/matrix.yaml, compose the "
          + "script pod the agent would create for each case, check it against that version's "
          + "image-volume rules and compare it with its golden file.",
      "A golden file no case produces, and a case without a golden file, fail: nothing is "
          + "created silently."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed",
      "1:a case failed: mismatch, rule violation, missing or stale golden file, failed render",
      "2:the matrix or an option is unusable; with --update, a case could not be composed"
    })
final class VerifyCommand implements Callable<Integer> {

  /** Enough to see what broke; the rest are listed one line each. */
  private static final int DETAILED_FAILURES = 5;

  @Spec CommandSpec spec;

  @Option(
      names = "--update",
      description = "Rewrite the golden files that changed, remove stale ones, add missing ones.")
  boolean update;

  @Option(
      names = "--only",
      paramLabel = "PATTERN",
      description =
          "Run only matching cases: a glob on case ids (volume-on-*/k8s-1.35.0/*) or "
              + "a text the id contains (calamari.terraform).")
  String only;

  @Option(
      names = "--chart",
      paramLabel = "DIR",
      description = "The chart (default: charts/kubernetes-agent).")
  Path chart;

  @Option(
      names = "--golden",
      paramLabel = "DIR",
      description = "The golden files and their matrix.yaml (default: golden).")
  Path golden;

  @Override
  public Integer call() throws Exception {
    Path chartDir = ProjectPaths.resolve(chart, "charts/kubernetes-agent");
    Path goldenDir = ProjectPaths.resolve(golden, "golden");
    Path matrixFile = goldenDir.resolve("matrix.yaml");
    Predicate<String> selected = CasePattern.of(only);

    Matrix matrix = Matrix.load(matrixFile, ProjectPaths.display(matrixFile));
    try (Verifier verifier = new Verifier(chartDir, goldenDir)) {
      Verification verification = verifier.verify(matrix, selected);
      if (only != null && verification.cases().isEmpty()) {
        throw new InputException(
            "--only "
                + only
                + ": no case of "
                + ProjectPaths.display(matrixFile)
                + " matches; case ids look like "
                + matrix.cases().get(0).id());
      }
      if (update) {
        return updateGolden(verifier, matrix, selected, verification, goldenDir);
      }
      return report(verification);
    }
  }

  private int updateGolden(
      Verifier verifier,
      Matrix matrix,
      Predicate<String> selected,
      Verification verification,
      Path goldenDir)
      throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (verification.anyUnusable()) {
      verification.cases().stream()
          .filter(CaseOutcome::unusable)
          .forEach(c -> err.println("error: " + c.podCase().id() + ": " + c.failures().get(0)));
      err.println("error: some cases cannot be composed; no golden file was written");
      return Agentchart.UNUSABLE_INPUT;
    }
    GoldenUpdate.Summary summary = GoldenUpdate.apply(verification, goldenDir);
    spec.commandLine()
        .getOut()
        .printf(
            "golden files: %d added, %d changed, %d removed%n",
            summary.added(), summary.changed(), summary.removed());
    return report(verifier.verify(matrix, selected));
  }

  private int report(Verification verification) {
    PrintWriter out = spec.commandLine().getOut();
    int detailed = 0;
    for (CaseOutcome outcome : verification.cases()) {
      if (outcome.passed()) {
        continue;
      }
      List<String> failures = outcome.failures();
      for (String failure : failures) {
        String[] lines = failure.split("\n");
        out.println("FAIL " + outcome.podCase().id() + ": " + lines[0]);
        if (detailed < DETAILED_FAILURES) {
          for (int i = 1; i < lines.length; i++) {
            out.println("    " + lines[i]);
          }
        }
      }
      detailed++;
    }
    for (String stale : verification.stale()) {
      out.println(
          "FAIL "
              + stale
              + ": stale golden file, no case produces it; "
              + "remove it or run agentchart verify --update");
    }
    if (detailed > DETAILED_FAILURES) {
      out.println(
          "(details shown for the first "
              + DETAILED_FAILURES
              + " failed cases; use --only to see the others)");
    }
    out.println(verification.passed() + " passed, " + verification.failed() + " failed");
    return verification.failed() == 0 ? 0 : Agentchart.CHECK_FAILED;
  }
}
