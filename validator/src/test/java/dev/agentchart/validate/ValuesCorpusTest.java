package dev.agentchart.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.marcnuri.helm.Helm;
import dev.agentchart.compose.ClusterVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of values files under {@code src/test/resources/values}: {@code bad/} files have
 * errors, {@code warn/} files only warnings, {@code good/} files nothing. Each file lists what it
 * must produce in trailing comments, {@code # expect: LINE:COL SEVERITY RULE} (or {@code # expect:
 * nothing}), and may name a cluster with {@code # kube-version: V}.
 */
@DisplayName("The values corpus")
class ValuesCorpusTest {

  private static final Path ROOT = Path.of(System.getProperty("agentchart.root"));
  private static final Path CHART = ROOT.resolve("charts/kubernetes-agent");
  private static final Path CORPUS = ROOT.resolve("validator/src/test/resources/values");

  private static ValuesValidator validator;

  @BeforeAll
  static void loadChart() throws Exception {
    validator = ValuesValidator.forChart(CHART);
  }

  @TestFactory
  @DisplayName("each file produces exactly the diagnostics it expects")
  Stream<DynamicTest> expectedDiagnostics() throws IOException {
    return fixtures()
        .map(
            file ->
                dynamicTest(
                    name(file),
                    () -> {
                      List<String> actual =
                          validate(file).stream()
                              .map(
                                  d ->
                                      d.line()
                                          + ":"
                                          + d.column()
                                          + " "
                                          + d.severity().word()
                                          + " "
                                          + d.rule())
                              .toList();
                      assertThat(actual)
                          .as(name(file))
                          .containsExactlyElementsOf(expectations(file));
                      assertThat(validate(file).stream().anyMatch(Diagnostic::isError))
                          .as("errors in " + name(file))
                          .isEqualTo(name(file).startsWith("bad/"));
                    }));
  }

  @TestFactory
  @DisplayName("reports an error exactly when Helm's own render with the file fails")
  Stream<DynamicTest> agreesWithHelm() throws IOException {
    return fixtures()
        .map(
            file ->
                dynamicTest(
                    name(file),
                    () -> {
                      boolean validateFails = validate(file).stream().anyMatch(Diagnostic::isError);
                      String helmError = helmError(file);

                      assertThat(helmError != null)
                          .as(
                              "Helm %s %s, validate %s",
                              helmError == null ? "renders" : "fails:",
                              helmError == null ? "" : helmError,
                              validateFails ? "fails" : "passes")
                          .isEqualTo(validateFails);
                    }));
  }

  @TestFactory
  @DisplayName("the corpus is large enough to mean something")
  Stream<DynamicTest> size() throws IOException {
    long bad = fixtures().filter(f -> name(f).startsWith("bad/")).count();
    long good = fixtures().filter(f -> name(f).startsWith("good/")).count();
    return Stream.of(
        dynamicTest(
            "at least 30 bad and 5 good files",
            () -> {
              assertThat(bad).isGreaterThanOrEqualTo(30);
              assertThat(good).isGreaterThanOrEqualTo(5);
            }));
  }

  private static List<Diagnostic> validate(Path file) throws Exception {
    String kube = kubeVersion(file);
    return validator.validate(file, name(file), kube == null ? null : ClusterVersion.parse(kube));
  }

  /** Helm's message when it refuses to render with the file, or null when it renders. */
  private static String helmError(Path file) {
    String kube = kubeVersion(file);
    try {
      new Helm(CHART)
          .template()
          .withName("agent")
          .withNamespace("octopus-agent")
          .withKubeVersion(kube == null ? "1.35.0" : kube)
          .withValuesFile(file)
          .call();
      return null;
    } catch (IllegalStateException e) {
      return String.valueOf(e.getMessage()).strip();
    }
  }

  private static List<String> expectations(Path file) throws IOException {
    List<String> expected = new ArrayList<>();
    for (String line : text(file).split("\n")) {
      if (line.startsWith("# expect: ") && !line.equals("# expect: nothing")) {
        expected.add(line.substring("# expect: ".length()).strip());
      }
    }
    return expected;
  }

  private static String kubeVersion(Path file) {
    try {
      for (String line : text(file).split("\n")) {
        if (line.startsWith("# kube-version: ")) {
          return line.substring("# kube-version: ".length()).strip();
        }
      }
      return null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Read as Latin-1 so that the binary and non-UTF-8 fixtures still show their comments. */
  private static String text(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  private static Stream<Path> fixtures() throws IOException {
    return Stream.of("bad", "warn", "good")
        .flatMap(
            dir -> {
              try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
                return files.sorted().toList().stream();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  private static String name(Path file) {
    return CORPUS.relativize(file).toString().replace('\\', '/');
  }
}
