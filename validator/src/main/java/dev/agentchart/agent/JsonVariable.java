package dev.agentchart.agent;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.kubernetes.client.openapi.JSON;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON-valued variables ({@code POD*JSON}, {@code ACCESSMODESJSON}), read into client-java
 * models. The agent deserializes them with the Kubernetes client's own JSON settings; the
 * client-java models are as strict (an unknown field is an error), so a value that fails here would
 * not configure a real script pod either.
 *
 * <p>Where the agent meets a value it cannot deserialize, it warns in its log and carries on with
 * its default. Here such a value is a problem: falling back silently is exactly what hides a broken
 * chart.
 */
final class JsonVariable {

  private static final Pattern POSITION = Pattern.compile("at line (\\d+) column (\\d+)");

  private final TentacleEnvironment environment;
  private final String variable;

  private JsonVariable(TentacleEnvironment environment, String variable) {
    this.environment = environment;
    this.variable = variable;
  }

  static JsonVariable of(TentacleEnvironment environment, String variable) {
    return new JsonVariable(environment, variable);
  }

  /**
   * One client-java model, or null when unset, blank or JSON {@code null} as the agent treats it.
   */
  <T> T model(Class<T> type) {
    String text = environment.optional(variable);
    JsonElement element = parse(text, type.getSimpleName());
    if (element == null) {
      return null;
    }
    try {
      return deserialize(element, type);
    } catch (Invalid e) {
      fail(type.getSimpleName(), e.getMessage(), text);
      return null;
    }
  }

  /** A JSON array of client-java models; empty when unset. */
  <T> List<T> models(Class<T> type) {
    String expected = "a list of " + type.getSimpleName();
    String text = environment.optional(variable);
    JsonElement element = parse(text, expected);
    List<T> items = new ArrayList<>();
    if (element == null) {
      return items;
    }
    try {
      JsonArray array = array(element);
      for (int i = 0; i < array.size(); i++) {
        items.add(deserialize(array.get(i), type, "item " + i + ": "));
      }
    } catch (Invalid e) {
      fail(expected, e.getMessage(), text);
      items.clear();
    }
    return items;
  }

  /** A JSON object of strings, in the order written; empty when unset. */
  Map<String, String> strings() {
    String expected = "a map of strings";
    String text = environment.optional(variable);
    JsonElement element = parse(text, expected);
    Map<String, String> map = new LinkedHashMap<>();
    if (element == null) {
      return map;
    }
    try {
      JsonObject object = object(element);
      for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
        map.put(entry.getKey(), string(entry.getValue(), "value of \"" + entry.getKey() + "\""));
      }
    } catch (Invalid e) {
      fail(expected, e.getMessage(), text);
      map.clear();
    }
    return map;
  }

  /** A JSON array of strings; empty when unset. */
  List<String> stringList() {
    String expected = "a list of strings";
    String text = environment.optional(variable);
    JsonElement element = parse(text, expected);
    List<String> list = new ArrayList<>();
    if (element == null) {
      return list;
    }
    try {
      JsonArray array = array(element);
      for (int i = 0; i < array.size(); i++) {
        list.add(string(array.get(i), "item " + i));
      }
    } catch (Invalid e) {
      fail(expected, e.getMessage(), text);
      list.clear();
    }
    return list;
  }

  /**
   * Strict JSON (no comments, single quotes or trailing data), as the agent's deserializer expects.
   * Gson's own messages name its API; only the position is kept from them.
   */
  private JsonElement parse(String text, String expected) {
    if (text == null) {
      return null;
    }
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("data after the value " + reader);
      }
      return element.isJsonNull() ? null : element;
    } catch (JsonParseException | IOException e) {
      fail(expected, syntaxError(e), text);
      return null;
    }
  }

  private static String syntaxError(Exception e) {
    String message = String.valueOf(e.getMessage());
    Matcher position = POSITION.matcher(message);
    String where = position.find() ? " " + position.group() : "";
    if (message.contains("End of input")) {
      return "the text ends too early" + where;
    }
    return "syntax error" + where;
  }

  private static <T> T deserialize(JsonElement element, Class<T> type) throws Invalid {
    return deserialize(element, type, "");
  }

  private static <T> T deserialize(JsonElement element, Class<T> type, String where)
      throws Invalid {
    if (!element.isJsonObject()) {
      throw new Invalid(where + "expected an object, found " + kind(element));
    }
    try {
      return JSON.getGson().fromJson(element, type);
    } catch (RuntimeException e) {
      throw new Invalid(where + reason(e));
    }
  }

  /**
   * The innermost message of a client-java or Gson failure, for example {@code The field `request`
   * in the JSON string is not defined in the `V1ResourceRequirements` properties.}, without the
   * JSON it repeats.
   */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause().getMessage() != null) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    int json = message.indexOf(" JSON: ");
    return json < 0 ? message : message.substring(0, json);
  }

  private static JsonArray array(JsonElement element) throws Invalid {
    if (!element.isJsonArray()) {
      throw new Invalid("expected an array, found " + kind(element));
    }
    return element.getAsJsonArray();
  }

  private static JsonObject object(JsonElement element) throws Invalid {
    if (!element.isJsonObject()) {
      throw new Invalid("expected an object, found " + kind(element));
    }
    return element.getAsJsonObject();
  }

  // Kubernetes wants label and annotation values as strings; a number or boolean that Helm's
  // toJson printed unquoted would be rejected by the API server, so it is named here.
  private static String string(JsonElement element, String what) throws Invalid {
    if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
      throw new Invalid(what + " is " + element + ", not a string");
    }
    return element.getAsString();
  }

  private static String kind(JsonElement element) {
    if (element.isJsonArray()) {
      return "an array";
    }
    if (element.isJsonObject()) {
      return "an object";
    }
    if (element.isJsonNull()) {
      return "null";
    }
    return element.getAsJsonPrimitive().isString() ? "a string" : element.toString();
  }

  private void fail(String expected, String reason, String text) {
    environment.problem(
        variable, "not valid JSON for " + expected + ": " + reason + "; value: " + text);
  }

  /** A value that is JSON but not of the expected shape. */
  private static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }
}
