package dev.agentchart.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden matrix as one named test per case, so that Surefire reports each script pod: the
 * committed chart, rendered by Helm at the case's Kubernetes version, makes the agent compose
 * exactly the pod of the case's golden file, and that pod keeps its version's rules.
 */
@DisplayName("Golden script pods")
class GoldenMatrixTest {

  private static Verifier verifier;
  private static Verification verification;

  @BeforeAll
  static void runMatrix() throws Exception {
    Path root = Path.of(System.getProperty("agentchart.root"));
    Path golden = root.resolve("golden");
    verifier = new Verifier(root.resolve("charts/kubernetes-agent"), golden);
    verification =
        verifier.verify(
            Matrix.load(golden.resolve("matrix.yaml"), "golden/matrix.yaml"), id -> true);
  }

  @AfterAll
  static void close() {
    verifier.close();
  }

  @TestFactory
  @DisplayName("every case composes the pod of its golden file")
  Stream<DynamicTest> everyCase() {
    return verification.cases().stream()
        .map(
            outcome ->
                dynamicTest(
                    outcome.podCase().id(),
                    () -> assertThat(outcome.failures()).as(outcome.podCase().id()).isEmpty()));
  }

  @TestFactory
  @DisplayName("no golden file is left without a case")
  Stream<DynamicTest> noStaleFiles() {
    return Stream.of(
        dynamicTest("stale golden files", () -> assertThat(verification.stale()).isEmpty()));
  }

  @TestFactory
  @DisplayName("the matrix is large enough to mean something")
  Stream<DynamicTest> matrixSize() {
    return Stream.of(
        dynamicTest(
            "at least 400 composed pods",
            () -> assertThat(verification.cases()).hasSizeGreaterThanOrEqualTo(400)));
  }
}
