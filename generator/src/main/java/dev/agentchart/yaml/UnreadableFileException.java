package dev.agentchart.yaml;

/** A file that could not be read at all: missing, a directory, or refused by the system. */
public class UnreadableFileException extends InputException {

  public UnreadableFileException(String problem) {
    super(problem);
  }
}
