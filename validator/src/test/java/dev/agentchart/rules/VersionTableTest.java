package dev.agentchart.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The image volume version table")
class VersionTableTest {

  private static final String ROW =
      """
        - major: 1
          minor: %d
          imageVolumeStage: %s
          imageVolumeOnByDefault: %s
          imageSubPathAllowed: %s
      """;

  @Nested
  @DisplayName("as shipped")
  class Shipped {

    @Test
    @DisplayName("has one row for the first minor of each stage, as FACTS section 6 states them")
    void hasOneRowPerStage() {
      assertThat(VersionRules.standard().releases())
          .containsExactly(
              new KubernetesRelease(1, 30, "none", false, false),
              new KubernetesRelease(1, 31, "alpha", false, false),
              new KubernetesRelease(1, 33, "beta", false, true),
              new KubernetesRelease(1, 35, "beta", true, true),
              new KubernetesRelease(1, 36, "ga", true, true));
    }

    @ParameterizedTest(name = "{0}.{1} is governed by the row of {2}")
    @CsvSource({
      "0, 9,  1.30",
      "1, 20, 1.30",
      "1, 30, 1.30",
      "1, 31, 1.31",
      "1, 32, 1.31",
      "1, 33, 1.33",
      "1, 34, 1.33",
      "1, 35, 1.35",
      "1, 36, 1.36",
      "1, 40, 1.36",
      "2, 0,  1.36"
    })
    @DisplayName("gives each release the last row at or before it, the first row for older ones")
    void findsTheRowInForce(int major, int minor, String row) {
      assertThat(VersionRules.standard().release(major, minor).version()).isEqualTo(row);
    }
  }

  @Nested
  @DisplayName("when edited wrongly")
  class Broken {

    @Test
    @DisplayName("refuses a version written as one number, which YAML reads as 1.3")
    void refusesDottedVersions() {
      String table =
          """
          releases:
            - version: 1.30
              imageVolumeStage: none
              imageVolumeOnByDefault: false
              imageSubPathAllowed: false
          """;

      assertThatThrownBy(() -> parse(table))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "test.yaml:2:5: releases[0].version: unknown key; a row has major, minor,"
                  + " imageVolumeStage, imageVolumeOnByDefault, imageSubPathAllowed\n"
                  + "test.yaml:2:5: releases[0].major: expected a whole number, found nothing\n"
                  + "test.yaml:2:5: releases[0].minor: expected a whole number, found nothing");
    }

    @Test
    @DisplayName("refuses an unknown stage and a flag that is not a boolean")
    void refusesBadValues() {
      String table = "releases:\n" + ROW.formatted(31, "Alpha", "\"no\"", false);

      assertThatThrownBy(() -> parse(table))
          .hasMessage(
              "test.yaml:4:23: releases[0].imageVolumeStage: expected one of none, alpha, beta,"
                  + " ga, found \"Alpha\"\n"
                  + "test.yaml:5:29: releases[0].imageVolumeOnByDefault: expected true or false,"
                  + " found \"no\"");
    }

    @Test
    @DisplayName("refuses rows out of order and stages that go back")
    void refusesDisorder() {
      String table =
          "releases:\n"
              + ROW.formatted(33, "beta", false, true)
              + ROW.formatted(31, "alpha", false, false);

      assertThatThrownBy(() -> parse(table))
          .hasMessage(
              "test.yaml:7:5: releases[1]: 1.31 does not come after 1.33\n"
                  + "test.yaml:7:5: releases[1]: stage alpha goes back from beta of 1.33");
    }

    @Test
    @DisplayName("refuses rows that contradict themselves")
    void refusesContradictions() {
      String table =
          "releases:\n"
              + ROW.formatted(30, "none", true, false)
              + ROW.formatted(36, "ga", false, true);

      assertThatThrownBy(() -> parse(table))
          .hasMessage(
              "test.yaml:2:5: releases[0]: a release without image volumes can neither turn"
                  + " them on nor allow subPath on them\n"
                  + "test.yaml:7:5: releases[1]: image volumes are ga but not on by default");
    }

    @Test
    @DisplayName("refuses a table without rows")
    void refusesAnEmptyTable() {
      assertThatThrownBy(() -> parse("releases: []\n"))
          .hasMessage("test.yaml:1:11: releases: expected a list of rows");
    }
  }

  private static VersionTable parse(String yaml) {
    return VersionTable.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
  }
}
