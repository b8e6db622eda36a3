package dev.agentchart.generate;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for comments and table cells. */
final class Wrap {

  private Wrap() {}

  /** Splits {@code text} into lines of at most {@code width} characters, breaking at spaces. */
  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The text on one line, whitespace folded. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
