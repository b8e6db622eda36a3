package dev.agentchart.read;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/** Plain values read from YAML, as the Gson tree that client-java's model adapters read. */
final class JsonTree {

  private JsonTree() {}

  static JsonElement of(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObject object = new JsonObject();
      map.forEach((key, item) -> object.add(String.valueOf(key), of(item)));
      return object;
    }
    if (value instanceof List<?> list) {
      JsonArray array = new JsonArray(list.size());
      list.forEach(item -> array.add(of(item)));
      return array;
    }
    if (value instanceof Boolean bool) {
      return new JsonPrimitive(bool);
    }
    if (value instanceof Number number) {
      return new JsonPrimitive(number);
    }
    return new JsonPrimitive(String.valueOf(value));
  }
}
