package dev.agentchart.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A YAML document read into plain Java values (maps keep their order) together with the place of
 * every node, keyed by JSON pointer, so that a schema error on {@code /scriptPods/enabled} can be
 * reported at the line and column where the user wrote it.
 *
 * <p>Reading is strict and bounded: duplicate keys are errors, aliases, nesting and size are
 * limited, and binary or non-UTF-8 input is refused before the parser sees it.
 */
public final class LocatedYaml {

  /** Files larger than this are refused: no real values file comes near it. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final int MAX_ALIASES = 50;
  private static final int MAX_DEPTH = 64;

  /** Aliases may still multiply a small file into a huge tree; this bounds the expansion. */
  private static final int MAX_NODES = 200_000;

  private final String file;
  private final Object root;
  private final Map<String, Mark> valueMarks;
  private final Map<String, Mark> keyMarks;

  private final List<YamlProblem> duplicateKeys;

  private LocatedYaml(
      String file,
      Object root,
      Map<String, Mark> valueMarks,
      Map<String, Mark> keyMarks,
      List<YamlProblem> duplicateKeys) {
    this.file = file;
    this.root = root;
    this.valueMarks = valueMarks;
    this.keyMarks = keyMarks;
    this.duplicateKeys = List.copyOf(duplicateKeys);
  }

  /** Reads {@code path}, naming it {@code displayName} in every message. */
  public static LocatedYaml read(Path path, String displayName) throws InputException {
    byte[] bytes;
    try {
      bytes = readBytes(path, displayName);
    } catch (IOException e) {
      throw new UnreadableFileException(displayName + ": cannot be read: " + e.getMessage());
    }
    return parse(bytes, displayName);
  }

  /**
   * The bytes of {@code path}, refusing what is not a regular file; a file over {@link #MAX_BYTES}
   * is read only up to just past the limit, so that a huge file costs nothing.
   */
  public static byte[] readBytes(Path path, String displayName)
      throws IOException, UnreadableFileException {
    if (Files.isDirectory(path)) {
      throw new UnreadableFileException(displayName + ": is a directory, expected a YAML file");
    }
    try (var in = Files.newInputStream(path)) {
      return in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(displayName + ": file not found");
    }
  }

  /** How a file is read. */
  public enum Dialect {
    /** This toolkit's own files: a duplicate key is an error, YAML 1.1 as SnakeYAML reads it. */
    STRICT,
    /**
     * A values file as Helm reads it: a key written twice keeps its last value (and is listed in
     * {@link #duplicateKeys()}), and plain scalars resolve as go-yaml v2 resolves them.
     */
    HELM_VALUES
  }

  /** Parses YAML bytes strictly; {@code file} names it in messages. */
  public static LocatedYaml parse(byte[] bytes, String file) throws YamlException {
    return parse(bytes, file, Dialect.STRICT);
  }

  /** Parses YAML bytes in {@code dialect}; {@code file} names it in messages. */
  public static LocatedYaml parse(byte[] bytes, String file, Dialect dialect) throws YamlException {
    boolean lastDuplicateWins = dialect == Dialect.HELM_VALUES;
    String text = decode(bytes, file);
    Node node = compose(text, file, dialect);
    Map<String, Mark> valueMarks = new HashMap<>();
    Map<String, Mark> keyMarks = new HashMap<>();
    List<YamlProblem> problems = new ArrayList<>();
    List<YamlProblem> duplicates = new ArrayList<>();
    Converter converter =
        new Converter(file, valueMarks, keyMarks, problems, lastDuplicateWins ? duplicates : null);
    Object root = node == null ? null : converter.convert(node, "", 0);
    if (!problems.isEmpty()) {
      throw new YamlException(problems);
    }
    return new LocatedYaml(file, root, valueMarks, keyMarks, duplicates);
  }

  /** Keys written twice, when parsed as {@link Dialect#HELM_VALUES}; empty otherwise. */
  public List<YamlProblem> duplicateKeys() {
    return duplicateKeys;
  }

  public String file() {
    return file;
  }

  /** The document: a {@code Map}, {@code List}, scalar, or null for an empty file. */
  public Object root() {
    return root;
  }

  /** Where the value at {@code pointer} starts; the nearest located ancestor if not itself. */
  public Location valueLocation(String pointer) {
    return locate(pointer, valueMarks);
  }

  /**
   * Where the key of the entry at {@code pointer} is written: the right place for "unknown key"
   * messages. Falls back to the value's place for list items and the root.
   */
  public Location keyLocation(String pointer) {
    return keyMarks.containsKey(pointer) ? at(keyMarks.get(pointer)) : valueLocation(pointer);
  }

  private Location locate(String pointer, Map<String, Mark> marks) {
    String p = pointer;
    while (!marks.containsKey(p) && !p.isEmpty()) {
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
    Mark mark = marks.get(p);
    return mark == null ? new Location(file, 1, 1) : at(mark);
  }

  private Location at(Mark mark) {
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Escapes one key for a JSON pointer (RFC 6901). */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String decode(byte[] bytes, String file) throws YamlException {
    if (bytes.length > MAX_BYTES) {
      throw fail(
          YamlProblem.whole(
              file,
              "yaml-too-large",
              "file is larger than "
                  + (MAX_BYTES / 1024)
                  + " KiB; refusing to read it (no values file comes near that)"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw fail(
            YamlProblem.whole(
                file,
                "yaml-binary",
                "binary content (NUL byte at offset " + i + "); expected a YAML text file"));
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw fail(
          YamlProblem.whole(file, "yaml-encoding", "not valid UTF-8 text; save the file as UTF-8"));
    }
  }

  private static YamlException fail(YamlProblem problem) {
    return new YamlException(List.of(problem));
  }

  private static Node compose(String text, String file, Dialect dialect) throws YamlException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    try {
      List<Node> documents = new ArrayList<>();
      Yaml yaml =
          dialect == Dialect.HELM_VALUES
              ? new Yaml(
                  new SafeConstructor(options),
                  new Representer(new DumperOptions()),
                  new DumperOptions(),
                  options,
                  new GoYamlResolver())
              : new Yaml(options);
      yaml.composeAll(new StringReader(text)).forEach(documents::add);
      if (documents.size() > 1) {
        Mark mark = documents.get(1).getStartMark();
        throw fail(
            new YamlProblem(
                file,
                mark.getLine() + 1,
                mark.getColumn() + 1,
                "yaml-multiple-documents",
                "expected a single YAML document, found a second one"));
      }
      return documents.isEmpty() ? null : documents.get(0);
    } catch (MarkedYAMLException e) {
      // An unclosed bracket or quote is found only at the end of the file; its opening, the
      // context, is where the user has to look.
      boolean atEnd = String.valueOf(e.getProblem()).contains("<stream end>");
      Mark mark =
          e.getProblemMark() != null && !(atEnd && e.getContextMark() != null)
              ? e.getProblemMark()
              : e.getContextMark();
      String message = "invalid YAML: " + describe(e);
      String rule = message.contains("tab character") ? "yaml-tab" : "yaml-syntax";
      throw fail(
          mark == null
              ? YamlProblem.whole(file, rule, message)
              : new YamlProblem(file, mark.getLine() + 1, mark.getColumn() + 1, rule, message));
    } catch (YAMLException e) {
      throw fail(YamlProblem.whole(file, limitRule(e), "invalid YAML: " + e.getMessage()));
    }
  }

  private static String limitRule(YAMLException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (message.contains("alias")) {
      return "yaml-aliases";
    }
    if (message.contains("nesting") || message.contains("depth")) {
      return "yaml-depth";
    }
    return message.contains("code point") ? "yaml-too-large" : "yaml-syntax";
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "tab character used for indentation; YAML indents with spaces only";
    }
    return (context.isEmpty() ? "" : context + ": ") + problem;
  }

  /** Turns composed nodes into Java values, recording marks and refusing duplicate keys. */
  private static final class Converter {
    private static final Pattern INT_DEC = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
    private final String file;
    private final Map<String, Mark> valueMarks;
    private final Map<String, Mark> keyMarks;
    private final List<YamlProblem> problems;
    private final List<YamlProblem> duplicates;
    private final Map<Node, Integer> expanding = new HashMap<>();
    private int nodes;

    /**
     * @param duplicates where repeated keys go when the last one wins; null to refuse them
     */
    Converter(
        String file,
        Map<String, Mark> valueMarks,
        Map<String, Mark> keyMarks,
        List<YamlProblem> problems,
        List<YamlProblem> duplicates) {
      this.file = file;
      this.valueMarks = valueMarks;
      this.keyMarks = keyMarks;
      this.problems = problems;
      this.duplicates = duplicates;
    }

    Object convert(Node node, String pointer, int depth) {
      valueMarks.putIfAbsent(pointer, node.getStartMark());
      if (++nodes > MAX_NODES) {
        if (nodes == MAX_NODES + 1) {
          problems.add(
              problem(
                  node,
                  "yaml-aliases",
                  "aliases expand to more than " + MAX_NODES + " nodes; refusing"));
        }
        return null;
      }
      if (depth > MAX_DEPTH) {
        problems.add(problem(node, "yaml-depth", "nesting deeper than " + MAX_DEPTH + " levels"));
        return null;
      }
      if (expanding.merge(node, 1, Integer::sum) > 1 && !(node instanceof ScalarNode)) {
        expanding.merge(node, -1, Integer::sum);
        problems.add(problem(node, "yaml-aliases", "an alias refers to itself"));
        return null;
      }
      try {
        if (node instanceof MappingNode mapping) {
          return convertMapping(mapping, pointer, depth);
        }
        if (node instanceof SequenceNode sequence) {
          List<Object> list = new ArrayList<>();
          for (Node item : sequence.getValue()) {
            list.add(convert(item, pointer + "/" + list.size(), depth + 1));
          }
          return Collections.unmodifiableList(list);
        }
        return scalar((ScalarNode) node);
      } finally {
        expanding.merge(node, -1, Integer::sum);
      }
    }

    private Object convertMapping(MappingNode mapping, String pointer, int depth) {
      Map<String, Object> map = new LinkedHashMap<>();
      Map<String, Mark> seen = new HashMap<>();
      for (NodeTuple tuple : flatten(mapping)) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode keyScalar)) {
          problems.add(problem(keyNode, "yaml-syntax", "a mapping key must be a plain scalar"));
          continue;
        }
        String key = keyScalar.getValue();
        Mark first = seen.putIfAbsent(key, keyNode.getStartMark());
        if (first != null) {
          YamlProblem duplicate =
              problem(
                  keyNode,
                  "yaml-duplicate-key",
                  "duplicate key '"
                      + key
                      + "' (first defined at line "
                      + (first.getLine() + 1)
                      + ")");
          if (duplicates == null) {
            problems.add(duplicate);
            continue;
          }
          duplicates.add(duplicate);
        }
        String child = pointer + "/" + escape(key);
        keyMarks.put(child, keyNode.getStartMark());
        map.put(key, convert(tuple.getValueNode(), child, depth + 1));
      }
      return Collections.unmodifiableMap(map);
    }

    /** Resolves YAML merge keys ({@code <<: *base}) the way YAML 1.1 loaders, Helm's too, do. */
    private List<NodeTuple> flatten(MappingNode mapping) {
      List<NodeTuple> merged = new ArrayList<>();
      List<NodeTuple> own = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
          Node source = tuple.getValueNode();
          List<Node> sources =
              source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
          for (Node s : sources) {
            if (s instanceof MappingNode m) {
              for (NodeTuple t : flatten(m)) {
                if (merged.stream().noneMatch(x -> sameKey(x, t))) {
                  merged.add(t);
                }
              }
            }
          }
        } else {
          own.add(tuple);
        }
      }
      merged.removeIf(t -> own.stream().anyMatch(o -> sameKey(o, t)));
      List<NodeTuple> all = new ArrayList<>(own);
      all.addAll(merged);
      return all;
    }

    private static boolean sameKey(NodeTuple a, NodeTuple b) {
      return a.getKeyNode() instanceof ScalarNode x
          && b.getKeyNode() instanceof ScalarNode y
          && x.getValue().equals(y.getValue());
    }

    private Object scalar(ScalarNode node) {
      String text = node.getValue();
      Tag tag = node.getTag();
      if (tag.equals(Tag.NULL)) {
        return null;
      }
      if (tag.equals(Tag.BOOL)) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return GoYamlResolver.isTrue(text)
            || lower.equals("true")
            || lower.equals("yes")
            || lower.equals("on");
      }
      if (tag.equals(Tag.INT)) {
        return integer(text.replace("_", ""));
      }
      if (tag.equals(Tag.FLOAT)) {
        return floating(text.replace("_", "").toLowerCase(java.util.Locale.ROOT));
      }
      return text;
    }

    private static Object integer(String text) {
      try {
        BigInteger value;
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        boolean negative = text.startsWith("-");
        if (digits.startsWith("0x")) {
          value = new BigInteger(digits.substring(2), 16);
        } else if (digits.startsWith("0b")) {
          value = new BigInteger(digits.substring(2), 2);
        } else if (digits.startsWith("0o")) {
          value = new BigInteger(digits.substring(2), 8);
        } else if (digits.length() > 1
            && digits.startsWith("0")
            && !INT_DEC.matcher(text).matches()) {
          value = new BigInteger(digits.substring(1), 8);
        } else {
          value = new BigInteger(digits);
        }
        value = negative ? value.negate() : value;
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
      } catch (NumberFormatException e) {
        return text;
      }
    }

    private static Object floating(String text) {
      return switch (text) {
        case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
        case "-.inf" -> Double.NEGATIVE_INFINITY;
        case ".nan" -> Double.NaN;
        default -> {
          try {
            yield Double.parseDouble(text);
          } catch (NumberFormatException e) {
            yield text;
          }
        }
      };
    }

    private YamlProblem problem(Node node, String rule, String message) {
      Mark mark = node.getStartMark();
      return new YamlProblem(file, mark.getLine() + 1, mark.getColumn() + 1, rule, message);
    }
  }
}
