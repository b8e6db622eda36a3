package dev.agentchart.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A cluster version, as the agent reads it")
class ClusterVersionTest {

  @Nested
  @DisplayName("parsed from text")
  class Parse {

    @ParameterizedTest(name = "\"{0}\" is {1}.{2}")
    @CsvSource({
      "1.35, 1, 35",
      "v1.35.2, 1, 35",
      "v1.35.0-eks-113cf36, 1, 35",
      "1.36.0, 1, 36",
      "v1.34.1-gke.1829001, 1, 34",
      "v1.35.2+k3s1, 1, 35",
      "' 1.30 ', 1, 30",
      "2.0, 2, 0"
    })
    @DisplayName("keeps only major and minor")
    void keepsMajorAndMinor(String text, int major, int minor) {
      assertThat(ClusterVersion.parse(text)).isEqualTo(new ClusterVersion(major, minor));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"''", "1", "v", "1.x", "1.35.2.4", "one.35", "1..35", "1.35 beta", "x1.35"})
    @DisplayName("is refused when it is not a version, naming the text and the accepted forms")
    void refusesWhatIsNotAVersion(String text) {
      assertThatThrownBy(() -> ClusterVersion.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Not a Kubernetes version: \""
                  + text
                  + "\"; expected major.minor, with an optional v, patch and suffix, e.g. 1.35,"
                  + " v1.35.2 or v1.35.0-eks-113cf36");
    }

    @Test
    @DisplayName("is refused when there is no text")
    void refusesNull() {
      assertThatThrownBy(() -> ClusterVersion.parse(null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Not a Kubernetes version: null; expected major.minor, with an optional v, patch and"
                  + " suffix, e.g. 1.35, v1.35.2 or v1.35.0-eks-113cf36");
    }

    @Test
    @DisplayName("is refused when a number does not fit")
    void refusesHugeNumbers() {
      assertThatThrownBy(() -> ClusterVersion.parse("1.99999999999"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not a Kubernetes version: \"1.99999999999\"; major and minor are too large");
    }
  }

  @Nested
  @DisplayName("made of the major and minor fields of /version")
  class Of {

    @ParameterizedTest(name = "major \"{0}\", minor \"{1}\" is {2}.{3}")
    @CsvSource({"1, 35, 1, 35", "1, 35+, 1, 35", "1+, 34+, 1, 34", "v1, 36, 1, 36"})
    @DisplayName("keeps only the digits, as providers add a plus to the minor")
    void keepsOnlyDigits(String major, String minor, int expectedMajor, int expectedMinor) {
      assertThat(ClusterVersion.of(major, minor))
          .isEqualTo(new ClusterVersion(expectedMajor, expectedMinor));
    }

    @Test
    @DisplayName("is refused when a field has no digit, naming both fields")
    void refusesFieldsWithoutDigits() {
      assertThatThrownBy(() -> ClusterVersion.of("1", "+"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Not a Kubernetes version: major \"1\", minor \"+\"; each must contain digits, as"
                  + " /version reports them, e.g. major \"1\", minor \"35+\"");
    }

    @Test
    @DisplayName("is refused when a field is missing")
    void refusesMissingFields() {
      assertThatThrownBy(() -> ClusterVersion.of(null, "35"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Not a Kubernetes version: major null, minor \"35\"; each must contain digits, as"
                  + " /version reports them, e.g. major \"1\", minor \"35+\"");
    }
  }

  @Nested
  @DisplayName("compared and printed")
  class CompareAndPrint {

    @ParameterizedTest(name = "{0}.{1} before {2}.{3}: {4}")
    @CsvSource({
      "1, 34, 1, 35, true",
      "1, 35, 1, 35, false",
      "1, 36, 1, 35, false",
      "0, 99, 1, 35, true",
      "2, 0, 1, 35, false"
    })
    @DisplayName("is before another by major first, then minor")
    void comparesMajorThenMinor(
        int major, int minor, int otherMajor, int otherMinor, boolean before) {
      assertThat(new ClusterVersion(major, minor).isBefore(otherMajor, otherMinor))
          .isEqualTo(before);
    }

    @Test
    @DisplayName("prints as major.minor, as in the agent's task log")
    void printsMajorDotMinor() {
      assertThat(ClusterVersion.parse("v1.35.0-eks-113cf36")).hasToString("1.35");
    }

    @Test
    @DisplayName("is never negative")
    void refusesNegativeNumbers() {
      assertThatThrownBy(() -> new ClusterVersion(1, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not a Kubernetes version: 1.-1; major and minor are never negative");
    }
  }
}
