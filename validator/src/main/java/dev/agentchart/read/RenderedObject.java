package dev.agentchart.read;

import java.util.Objects;

/**
 * One object of a render: the template that produced it, its kind and name, and its typed
 * client-java model ({@code V1Deployment}, {@code V1ServiceAccount}, ...).
 *
 * @param template the chart template, such as {@code templates/tentacle-deployment.yaml}
 * @param kind the object's {@code kind}, such as {@code Deployment}
 * @param name the object's {@code metadata.name}
 * @param model the parsed model, of the class the reader's kind table names for this kind
 */
public record RenderedObject(String template, String kind, String name, Object model) {

  public RenderedObject {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(model, "model");
  }

  /** The model as {@code type}; a {@link ClassCastException} naming both types if it is not. */
  public <T> T as(Class<T> type) {
    if (!type.isInstance(model)) {
      throw new ClassCastException(
          kind
              + " "
              + name
              + " ("
              + template
              + ") is read as "
              + model.getClass().getSimpleName()
              + ", not as "
              + type.getSimpleName());
    }
    return type.cast(model);
  }
}
