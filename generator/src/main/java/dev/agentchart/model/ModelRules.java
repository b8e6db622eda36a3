package dev.agentchart.model;

import dev.agentchart.yaml.LocatedYaml;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of a model that its schema cannot state: references between sections, values and the
 * environment, and defaults that must fit their own type and constraints. Each broken rule adds one
 * located problem; nothing stops at the first.
 */
final class ModelRules {

  private final ChartModel model;
  private final LocatedYaml yaml;
  private final List<String> problems;

  ModelRules(ChartModel model, LocatedYaml yaml, List<String> problems) {
    this.model = model;
    this.yaml = yaml;
    this.problems = problems;
  }

  void check() {
    checkSections();
    for (ValueNode.Value value : model.leaves()) {
      checkDefault(value);
      checkBinding(value);
    }
    checkEnvironment();
    checkFeature();
  }

  private void checkSections() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < model.sections().size(); i++) {
      if (!ids.add(model.sections().get(i).id())) {
        report(
            "/sections/" + i + "/id",
            "section '" + model.sections().get(i).id() + "' is declared twice");
      }
    }
    Set<String> used = new HashSet<>();
    for (ValueNode.Value value : model.leaves()) {
      if (value.section() == null) {
        report(
            pointer(value.path()),
            "value '" + value.path() + "' has no section: name one on it or on a group above it");
      } else if (!ids.contains(value.section())) {
        report(
            pointer(value.path()) + "/section",
            "value '"
                + value.path()
                + "' names section '"
                + value.section()
                + "', which is not declared; declared: "
                + ids.stream().sorted().toList());
      } else {
        used.add(value.section());
      }
    }
    for (int i = 0; i < model.sections().size(); i++) {
      if (!used.contains(model.sections().get(i).id())) {
        report(
            "/sections/" + i,
            "section '"
                + model.sections().get(i).id()
                + "' has no values; remove it or assign values to it");
      }
    }
  }

  private void checkDefault(ValueNode.Value value) {
    Object def = value.defaultValue();
    String at = pointer(value.path()) + "/default";
    if (!value.type().accepts(def)) {
      report(
          at,
          "default of '"
              + value.path()
              + "' is "
              + describe(def)
              + ", expected "
              + value.type().modelName());
      return;
    }
    if (!value.allowed().isEmpty()) {
      List<?> items = def instanceof List<?> list ? list : List.of(def);
      for (Object item : items) {
        if (!value.allowed().contains(String.valueOf(item))) {
          report(
              at,
              "default of '" + value.path() + "' is '" + item + "', not one of " + value.allowed());
        }
      }
    }
    if (value.pattern() != null) {
      checkPattern(value, at);
    }
    if (value.notPattern() != null) {
      checkNotPattern(value, at);
    }
    if (def instanceof Long number) {
      if (value.minimum() != null && number < value.minimum()) {
        report(at, "default of '" + value.path() + "' is below its minimum " + value.minimum());
      }
      if (value.maximum() != null && number > value.maximum()) {
        report(at, "default of '" + value.path() + "' is above its maximum " + value.maximum());
      }
    }
  }

  private void checkPattern(ValueNode.Value value, String at) {
    Pattern pattern = compile(value, "pattern", value.pattern());
    if (pattern != null
        && value.defaultValue() instanceof String s
        && !s.isEmpty()
        && !pattern.matcher(s).find()) {
      report(at, "default of '" + value.path() + "' does not match its pattern " + value.pattern());
    }
  }

  private void checkNotPattern(ValueNode.Value value, String at) {
    Pattern pattern = compile(value, "notPattern", value.notPattern());
    if (pattern != null && value.defaultValue() instanceof String s && pattern.matcher(s).find()) {
      report(
          at,
          "default of '"
              + value.path()
              + "' is \""
              + s
              + "\", which its notPattern "
              + value.notPattern()
              + " refuses");
    }
  }

  /**
   * The pattern compiled, or null with a problem reported. Helm reads it with Go's RE2, editors
   * with ECMA-262 and this loader with Java, so constructs on which they disagree are refused even
   * where Java would accept them: a lookaround makes every Helm render fail.
   */
  private Pattern compile(ValueNode.Value value, String keyword, String regex) {
    String at = pointer(value.path()) + "/" + keyword;
    try {
      Pattern pattern = Pattern.compile(regex);
      String unportable = unportable(regex);
      if (unportable != null) {
        report(
            at,
            keyword
                + " of '"
                + value.path()
                + "' uses "
                + unportable
                + ", which Go's RE2 (Helm), ECMA-262 (editors) and Java do not read alike;"
                + " for letter case, use classes such as [cC]");
        return null;
      }
      return pattern;
    } catch (PatternSyntaxException e) {
      report(
          at,
          keyword
              + " of '"
              + value.path()
              + "' is not a valid regular expression: "
              + e.getDescription());
      return null;
    }
  }

  /**
   * The first construct of {@code regex} outside a character class that the three engines do not
   * share: a group opened with {@code (?} other than {@code (?:} (inline flags, lookarounds, named
   * groups), or a backreference; null when there is none.
   */
  static String unportable(String regex) {
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(++i);
        if (!inClass && next >= '1' && next <= '9') {
          return "the backreference \\" + next;
        }
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // A ']' right after '[' or '[^' is a literal, not the end of the class.
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(' && regex.startsWith("(?", i) && !regex.startsWith("(?:", i)) {
        int end = Math.min(regex.length(), i + 4);
        return "'" + regex.substring(i, end) + "'";
      }
    }
    return null;
  }

  private void checkBinding(ValueNode.Value value) {
    EnvBinding env = value.env();
    if (env == null) {
      return;
    }
    for (int i = 0; i < env.when().size(); i++) {
      checkPath(env.when().get(i), pointer(value.path()) + "/env/when/" + i);
    }
    if (env.fallback() != null && env.emit() != EnvBinding.Emit.ALWAYS) {
      report(
          pointer(value.path()) + "/env/fallback",
          "a fallback only makes sense with "
              + "emit: always; '"
              + value.path()
              + "' is emitted only when set");
    }
  }

  private void checkEnvironment() {
    Map<String, Integer> seen = new HashMap<>();
    List<EnvironmentEntry> environment = model.environment();
    for (int i = 0; i < environment.size(); i++) {
      EnvironmentEntry entry = environment.get(i);
      String at = "/environment/" + i;
      Integer first = seen.putIfAbsent(entry.name(), i);
      if (first != null) {
        report(
            at,
            "variable " + entry.name() + " is listed twice (first as environment[" + first + "])");
      }
      if (entry instanceof EnvironmentEntry.Declared declared) {
        checkDeclared(declared, at);
      } else if (entry instanceof EnvironmentEntry.Derived derived) {
        checkDerived(derived, at);
      }
    }
    for (ValueNode.Value value : model.leaves()) {
      if (value.env() != null && !seen.containsKey(value.env().name())) {
        report(
            pointer(value.path()) + "/env/name",
            "variable "
                + value.env().name()
                + " of '"
                + value.path()
                + "' is missing from environment; add it where the agent"
                + " expects it");
      }
    }
  }

  private void checkDeclared(EnvironmentEntry.Declared declared, String at) {
    if (declared.sources().isEmpty()) {
      report(
          at,
          "variable "
              + declared.name()
              + " is declared by no value; give a value an "
              + "env binding with this name, or describe it as a derived variable");
      return;
    }
    List<ValueNode.Value> sources = declared.sources();
    for (int i = 0; i < sources.size() - 1; i++) {
      if (sources.get(i).env().emit() == EnvBinding.Emit.ALWAYS) {
        report(
            pointer(sources.get(i + 1).path()) + "/env",
            "'"
                + sources.get(i + 1).path()
                + "' can never feed "
                + declared.name()
                + ": '"
                + sources.get(i).path()
                + "' comes first and is always emitted");
      }
    }
  }

  private void checkDerived(EnvironmentEntry.Derived derived, String at) {
    for (ValueNode.Value value : model.leaves()) {
      if (value.env() != null && value.env().name().equals(derived.name())) {
        report(
            at,
            "variable "
                + derived.name()
                + " is derived here but also fed by '"
                + value.path()
                + "'; list it by name instead");
      }
    }
    for (int i = 0; i < derived.when().size(); i++) {
      checkPath(derived.when().get(i), at + "/when/" + i);
    }
    for (int i = 0; i < derived.whenAny().size(); i++) {
      checkPath(derived.whenAny().get(i), at + "/whenAny/" + i);
    }
  }

  private void checkFeature() {
    String path = model.calamariImageVolume().enabledBy();
    model
        .find(path)
        .ifPresentOrElse(
            node -> {
              if (!(node instanceof ValueNode.Value v) || v.type() != ValueType.BOOLEAN) {
                report("/calamariImageVolume/enabledBy", "'" + path + "' must be a boolean value");
              }
            },
            () -> report("/calamariImageVolume/enabledBy", "no value '" + path + "' in the model"));
  }

  private void checkPath(String path, String at) {
    if (model.find(path).isEmpty()) {
      report(at, "no value '" + path + "' in the model");
    }
  }

  private void report(String pointer, String message) {
    problems.add(yaml.valueLocation(pointer) + ": " + message);
  }

  /** The model pointer of a value path: {@code a.b} lives at {@code /values/a/keys/b}. */
  static String pointer(String path) {
    return "/values/" + String.join("/keys/", path.split("\\."));
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "the string \"" + s + "\"";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof Map) {
      return "a mapping";
    }
    if (value instanceof Boolean) {
      return "the boolean " + value;
    }
    return "the number " + value;
  }
}
