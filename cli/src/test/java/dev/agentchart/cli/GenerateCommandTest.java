package dev.agentchart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("agentchart generate")
class GenerateCommandTest {

  @TempDir Path dir;

  private Path out() {
    return dir.resolve("chart");
  }

  @Test
  @DisplayName("writes the chart and reports how many files")
  void writesTheChart() throws Exception {
    CliRun run = CliRun.of("generate", "--out", out().toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("generated ").contains(" files in ");
    assertThat(out().resolve("values.schema.json")).isRegularFile();
    assertThat(out().resolve("templates/tentacle-deployment.yaml")).isRegularFile();
  }

  @Test
  @DisplayName("writes the same bytes twice in a row")
  void isDeterministic() throws Exception {
    CliRun.of("generate", "--out", out().toString());
    Map<String, String> first = read(out());
    CliRun.of("generate", "--out", out().toString());

    assertThat(read(out())).isEqualTo(first);
  }

  @Test
  @DisplayName("removes files that the model no longer produces")
  void removesStaleFiles() throws Exception {
    Files.createDirectories(out().resolve("templates"));
    Files.writeString(out().resolve("templates/hand-written.yaml"), "kind: ConfigMap\n");

    CliRun.of("generate", "--out", out().toString());

    assertThat(out().resolve("templates/hand-written.yaml")).doesNotExist();
  }

  @Nested
  @DisplayName("with --check")
  class Check {

    @Test
    @DisplayName("exits 0 when the chart is up to date")
    void upToDate() {
      CliRun.of("generate", "--out", out().toString());

      CliRun run = CliRun.of("generate", "--check", "--out", out().toString());

      assertThat(run.code()).isZero();
      assertThat(run.out()).contains("is up to date with the model");
    }

    @Test
    @DisplayName("exits 1 with a unified diff per drifted file, and writes nothing")
    void drift() throws Exception {
      CliRun.of("generate", "--out", out().toString());
      Path values = out().resolve("values.yaml");
      String edited = Files.readString(values).replace("acceptEula: \"N\"", "acceptEula: \"Y\"");
      Files.writeString(values, edited);
      Files.writeString(out().resolve("extra.txt"), "left over\n");

      CliRun run = CliRun.of("generate", "--check", "--out", out().toString());

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out())
          .containsPattern("--- a/\\S*chart/values.yaml")
          .contains("-  acceptEula: \"Y\"")
          .contains("+  acceptEula: \"N\"")
          .containsPattern("--- a/\\S*chart/extra.txt")
          .doesNotContain("a//")
          .contains("+++ /dev/null")
          .contains("differs from the model in 2 file(s)");
      assertThat(Files.readString(values)).isEqualTo(edited);
    }
  }

  @Nested
  @DisplayName("with unusable input")
  class UnusableInput {

    @Test
    @DisplayName("leaves the chart untouched when a template fails, and exits 2")
    void atomicOnTemplateFailure() throws Exception {
      CliRun.of("generate", "--out", out().toString());
      Map<String, String> before = read(out());
      Path templates = dir.resolve("templates");
      copyTree(ProjectPaths.root().resolve("chart-templates"), templates);
      Files.writeString(templates.resolve("templates/zz-broken.yaml.j2"), "a: 1\nb: << nope >>\n");

      CliRun run =
          CliRun.of("generate", "--templates", templates.toString(), "--out", out().toString());

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("templates/zz-broken.yaml.j2:2: template error: ");
      assertThat(read(out())).isEqualTo(before);
    }

    @Test
    @DisplayName("names the model file, line and column of a model error, without a stack trace")
    void locatedModelError() throws Exception {
      Path model = dir.resolve("model.yaml");
      Files.writeString(model, "chart: {name: x}\nsections: []\nvalues: {}\n");

      CliRun run = CliRun.of("generate", "--model", model.toString(), "--out", out().toString());

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err())
          .contains(":1:8: missing key 'version' in chart")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(out()).doesNotExist();
    }

    @Test
    @DisplayName("reports a missing model file")
    void missingModel() {
      CliRun run = CliRun.of("generate", "--model", dir.resolve("none.yaml").toString());

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("none.yaml: file not found");
    }

    @Test
    @DisplayName("rejects an unknown option with usage help")
    void unknownOption() {
      CliRun run = CliRun.of("generate", "--chek");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("Unknown option: '--chek'");
    }
  }

  @Test
  @DisplayName("--help and --version work for the command")
  void helpAndVersion() {
    assertThat(CliRun.of("generate", "--help").out()).contains("--check", "--model", "--out");
    assertThat(CliRun.of("generate", "--version").out()).startsWith("agentchart ");
    assertThat(CliRun.of("--version").out()).startsWith("agentchart ");
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
