package dev.agentchart.validate;

/** JSON pointers as users write values paths: {@code /a/b/0/c} is {@code a.b[0].c}. */
final class ValuesPath {

  private ValuesPath() {}

  static String of(String pointer) {
    if (pointer.isEmpty()) {
      return "(the whole file)";
    }
    StringBuilder path = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String part = raw.replace("~1", "/").replace("~0", "~");
      if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
        path.append('[').append(part).append(']');
      } else if (part.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
        path.append(path.length() == 0 ? "" : ".").append(part);
      } else {
        path.append("[\"").append(part).append("\"]");
      }
    }
    return path.toString();
  }

  /** The pointer of a dotted path of plain keys. */
  static String pointer(String dotted) {
    return "/" + dotted.replace('.', '/');
  }
}
