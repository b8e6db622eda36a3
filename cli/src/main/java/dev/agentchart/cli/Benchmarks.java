package dev.agentchart.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** BENCHMARKS.md: one section per benchmark, each replaced whole by its command. */
final class Benchmarks {

  private static final String HEADER =
      "# Benchmarks\n\nEach section is written by the command it names; figures are from the "
          + "tree they were measured on.\n";

  private Benchmarks() {}

  static void replaceSection(Path file, String heading, String section) throws IOException {
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
    int start = text.indexOf(heading);
    String updated;
    if (start < 0) {
      updated = text.stripTrailing() + "\n\n" + section;
    } else {
      int next = text.indexOf("\n## ", start + heading.length());
      updated =
          text.substring(0, start) + section + (next < 0 ? "" : "\n" + text.substring(next + 1));
    }
    Files.writeString(file, updated.stripTrailing() + "\n", StandardCharsets.UTF_8);
  }
}
