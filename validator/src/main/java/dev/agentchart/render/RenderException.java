package dev.agentchart.render;

/** Helm refused to render: a template failed, or the values broke the chart's schema. */
public class RenderException extends Exception {

  public RenderException(String message) {
    super(message);
  }
}
