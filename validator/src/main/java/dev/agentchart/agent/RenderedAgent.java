package dev.agentchart.agent;

import dev.agentchart.read.ManifestException;
import dev.agentchart.read.ManifestReader;
import dev.agentchart.read.RenderedObject;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import java.util.List;

/** Finds the agent in a render: the Deployment container that carries the agent's variables. */
public final class RenderedAgent {

  private RenderedAgent() {}

  /** The agent's configuration from the manifests of one Helm render. */
  public static AgentConfiguration configuration(String manifests)
      throws ManifestException, ConfigurationException {
    return configuration(ManifestReader.read(manifests));
  }

  /** The agent's configuration from the objects of one Helm render. */
  public static AgentConfiguration configuration(List<RenderedObject> objects)
      throws ManifestException, ConfigurationException {
    return AgentConfigurationReader.read(tentacle(objects).getEnv());
  }

  /**
   * The Tentacle container, found by the variable every chart version sets rather than by name,
   * which {@code nameOverride} changes.
   */
  static V1Container tentacle(List<RenderedObject> objects) throws ManifestException {
    for (RenderedObject object : objects) {
      if (!object.kind().equals("Deployment")) {
        continue;
      }
      var pod = object.as(V1Deployment.class).getSpec().getTemplate().getSpec();
      for (V1Container container : pod.getContainers()) {
        if (container.getEnv() != null
            && container.getEnv().stream()
                .anyMatch(e -> AgentVariables.NAMESPACE.equals(e.getName()))) {
          return container;
        }
      }
    }
    throw new ManifestException(
        "the render has no Deployment whose container sets " + AgentVariables.NAMESPACE);
  }
}
