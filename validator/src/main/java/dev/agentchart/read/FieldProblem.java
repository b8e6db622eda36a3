package dev.agentchart.read;

/** One thing wrong at one place of an object: {@code spec.replicas: expected an integer, ...}. */
record FieldProblem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
