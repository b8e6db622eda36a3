package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The image volumes of a pod and the mounts of them, each with its path in the pod. */
final class ImageVolumes {

  /** An image volume at {@code path}, such as {@code spec.volumes[1]}. */
  record Volume(String path, V1Volume volume) {

    /** {@code image volume "calamari" (octopusdeploy/calamari:2026.3.666)}. */
    String describe() {
      String reference = volume.getImage().getReference();
      return "image volume \""
          + volume.getName()
          + "\" ("
          + (reference == null || reference.isBlank() ? "no reference" : reference)
          + ")";
    }
  }

  /**
   * A mount of an image volume at {@code path}, such as {@code spec.containers[0].volumeMounts[2]}.
   */
  record Mount(String path, V1VolumeMount mount, V1Volume volume) {}

  private ImageVolumes() {}

  /** The pod's image volumes in the order of {@code spec.volumes}. */
  static List<Volume> of(V1Pod pod) {
    List<Volume> found = new ArrayList<>();
    List<V1Volume> volumes = spec(pod).getVolumes();
    for (int i = 0; volumes != null && i < volumes.size(); i++) {
      if (volumes.get(i) != null && volumes.get(i).getImage() != null) {
        found.add(new Volume("spec.volumes[" + i + "]", volumes.get(i)));
      }
    }
    return found;
  }

  /**
   * Every mount of an image volume, in init containers, containers and ephemeral containers, in
   * that order: each kind of container can mount a pod's volumes.
   */
  static List<Mount> mounts(V1Pod pod) {
    Map<String, V1Volume> byName = new LinkedHashMap<>();
    of(pod).forEach(v -> byName.putIfAbsent(v.volume().getName(), v.volume()));
    List<Mount> found = new ArrayList<>();
    if (byName.isEmpty()) {
      return found;
    }
    V1PodSpec spec = spec(pod);
    List<List<V1VolumeMount>> init = mountLists(spec.getInitContainers());
    List<List<V1VolumeMount>> main = mountLists(spec.getContainers());
    List<List<V1VolumeMount>> ephemeral = new ArrayList<>();
    if (spec.getEphemeralContainers() != null) {
      for (V1EphemeralContainer container : spec.getEphemeralContainers()) {
        ephemeral.add(container == null ? null : container.getVolumeMounts());
      }
    }
    collect("spec.initContainers", init, byName, found);
    collect("spec.containers", main, byName, found);
    collect("spec.ephemeralContainers", ephemeral, byName, found);
    return found;
  }

  private static List<List<V1VolumeMount>> mountLists(List<V1Container> containers) {
    List<List<V1VolumeMount>> lists = new ArrayList<>();
    if (containers != null) {
      for (V1Container container : containers) {
        lists.add(container == null ? null : container.getVolumeMounts());
      }
    }
    return lists;
  }

  private static void collect(
      String field,
      List<List<V1VolumeMount>> containers,
      Map<String, V1Volume> imageVolumes,
      List<Mount> found) {
    for (int c = 0; c < containers.size(); c++) {
      List<V1VolumeMount> mounts = containers.get(c);
      for (int m = 0; mounts != null && m < mounts.size(); m++) {
        V1VolumeMount mount = mounts.get(m);
        V1Volume volume = mount == null ? null : imageVolumes.get(mount.getName());
        if (volume != null) {
          found.add(new Mount(field + "[" + c + "].volumeMounts[" + m + "]", mount, volume));
        }
      }
    }
  }

  private static V1PodSpec spec(V1Pod pod) {
    return pod.getSpec() == null ? new V1PodSpec() : pod.getSpec();
  }
}
