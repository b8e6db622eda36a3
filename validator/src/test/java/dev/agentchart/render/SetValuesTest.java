package dev.agentchart.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentchart.yaml.Json;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading --set arguments in Helm's syntax")
class SetValuesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a=1                          | {\"a\":1}",
        "a.b.c=x                      | {\"a\":{\"b\":{\"c\":\"x\"}}}",
        "a=1,b=two                    | {\"a\":1,\"b\":\"two\"}",
        "enabled=true                 | {\"enabled\":true}",
        "enabled=FALSE                | {\"enabled\":false}",
        "tag=0123                     | {\"tag\":\"0123\"}",
        "zero=0                       | {\"zero\":0}",
        "v=1.35                       | {\"v\":\"1.35\"}",
        "gone=null                    | {\"gone\":null}",
        "empty=                       | {\"empty\":\"\"}",
        "list[0]=x                    | {\"list\":[\"x\"]}",
        "list[2]=x                    | {\"list\":[null,null,\"x\"]}",
        "list[0].name=creds           | {\"list\":[{\"name\":\"creds\"}]}",
        "m[0][1]=x                    | {\"m\":[[null,\"x\"]]}",
        "list={a,b,3}                 | {\"list\":[\"a\",\"b\",3]}",
        "proxy=a\\,b                  | {\"proxy\":\"a,b\"}",
        "dotted\\.key=v               | {\"dotted.key\":\"v\"}",
        "url=https://x.example/?a=b   | {\"url\":\"https://x.example/?a=b\"}",
      })
  @DisplayName("builds the values tree Helm builds")
  void buildsTheTree(String set, String json) {
    assertThat(Json.compact(SetValues.parse(List.of(set.strip())))).isEqualTo(json.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.b=1 | a.b=2 | {\"a\":{\"b\":2}}",
        "a.b=1 | a.c=2 | {\"a\":{\"b\":1,\"c\":2}}",
        "l[0]=x | l[1]=y | {\"l\":[\"x\",\"y\"]}",
        "a=1 | a.b=2 | {\"a\":{\"b\":2}}",
      })
  @DisplayName("applies later arguments over earlier ones")
  void laterOverrides(String first, String second, String json) {
    assertThat(Json.compact(SetValues.parse(List.of(first.strip(), second.strip()))))
        .isEqualTo(json.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "novalue      | --set novalue: key \"novalue\" has no value; expected novalue=VALUE",
        "l[x]=1       | --set l[x]=1: list index 'x' is not a number",
        "l[70000]=1   | --set l[70000]=1: list index 70000 is above the maximum of 65536",
        "l[0=1        | --set l[0=1: unclosed '[' in a list index",
        "=1           | --set =1: empty key",
        "l={a,b       | --set l={a,b: unclosed '{' in a list value",
      })
  @DisplayName("refuses malformed arguments with a message naming them")
  void refusesMalformed(String set, String message) {
    assertThatThrownBy(() -> SetValues.parse(List.of(set.strip())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message.strip());
  }
}
