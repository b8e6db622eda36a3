package dev.agentchart.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Rendering with the real Helm engine")
class HelmRendererTest {

  @TempDir static Path chart;

  @BeforeAll
  static void writeChart() throws Exception {
    Files.createDirectories(chart.resolve("templates"));
    Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: probe\nversion: 1.0.0\n");
    Files.writeString(chart.resolve("values.yaml"), "a:\n  b: 0\nlist: []\nflag: false\n");
    Files.writeString(
        chart.resolve("values.schema.json"),
        """
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object",
         "properties": {"flag": {"type": "boolean"}}}
        """);
    Files.writeString(
        chart.resolve("templates/probe.yaml"),
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: probe
        data:
          kube: {{ .Capabilities.KubeVersion.Version | quote }}
          b: {{ .Values.a.b | quote }}
          list: {{ .Values.list | toJson | quote }}
          release: {{ .Release.Name }}/{{ .Release.Namespace }}
        """);
  }

  private static String render(List<String> sets, String kube) throws Exception {
    try (HelmRenderer renderer = new HelmRenderer(chart, 1)) {
      return renderer.render(new RenderRequest(List.of(), sets, kube, "agent", "octopus-agent"));
    }
  }

  @Nested
  @DisplayName("--set strings")
  class Sets {
    @Test
    @DisplayName("later ones override earlier ones")
    void laterOverridesEarlier() throws Exception {
      assertThat(render(List.of("a.b=1", "a.b=2"), "1.35.0")).contains("b: \"2\"");
    }

    @Test
    @DisplayName("take list indexes and several pairs in one string, as Helm does")
    void listIndexesAndPairs() throws Exception {
      assertThat(render(List.of("list[0]=x,list[1]=y", "a.b=3"), "1.35.0"))
          .contains("list: \"[\\\"x\\\",\\\"y\\\"]\"")
          .contains("b: \"3\"");
    }

    @Test
    @DisplayName("keep an escaped comma inside a value")
    void escapedComma() throws Exception {
      assertThat(render(List.of("list[0]=a\\,b"), "1.35.0")).contains("\\\"a,b\\\"");
    }
  }

  @Test
  @DisplayName("renders at the Kubernetes version it is given, and for the given release")
  void explicitKubeVersion() throws Exception {
    assertThat(render(List.of(), "1.31.4"))
        .contains("kube: \"v1.31.4\"")
        .contains("release: agent/octopus-agent");
  }

  @Test
  @DisplayName("reports Helm's schema error as a render failure")
  void schemaFailure() {
    assertThatThrownBy(() -> render(List.of("flag=notaboolean"), "1.35.0"))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("flag");
  }

  @Test
  @DisplayName("renders a request once, however often it is asked for")
  void cachesRenders() throws Exception {
    try (HelmRenderer renderer = new HelmRenderer(chart, 2)) {
      RenderRequest request = new RenderRequest(List.of(), List.of(), "1.35.0", "a", "n");
      String first = renderer.render(request);
      String second = renderer.render(new RenderRequest(List.of(), List.of(), "1.35.0", "a", "n"));

      assertThat(second).isSameAs(first);
      assertThat(renderer.renderCount()).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("refuses a request without a Kubernetes version")
  void needsKubeVersion() {
    assertThatThrownBy(() -> new RenderRequest(List.of(), List.of(), " ", "a", "n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a render needs an explicit Kubernetes version");
  }
}
