package dev.agentchart.yaml;

/** A place in a text file, 1-based, as editors and compilers print it. */
public record Location(String file, int line, int column) {

  /** {@code FILE:LINE:COL}, the form every diagnostic of this toolkit starts with. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
