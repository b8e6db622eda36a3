package dev.agentchart.compose;

import com.google.gson.Gson;
import io.kubernetes.client.openapi.JSON;
import java.util.ArrayList;
import java.util.List;

/**
 * Deep copies of client-java models. A composed pod must not share objects with the configuration
 * it came from: merging the ReadWriteOnce pod affinity into a shared affinity, or a caller editing
 * one pod, would otherwise change every pod composed after it.
 */
final class KubernetesModels {

  private KubernetesModels() {}

  @SuppressWarnings("unchecked")
  static <T> T copy(T model) {
    if (model == null) {
      return null;
    }
    Gson gson = JSON.getGson();
    return (T) gson.fromJson(gson.toJson(model), model.getClass());
  }

  static <T> List<T> copies(List<T> models) {
    List<T> copies = new ArrayList<>();
    for (T model : models) {
      copies.add(copy(model));
    }
    return copies;
  }
}
