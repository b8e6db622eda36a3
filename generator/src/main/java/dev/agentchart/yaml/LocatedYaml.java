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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

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

  private LocatedYaml(
      String file, Object root, Map<String, Mark> valueMarks, Map<String, Mark> keyMarks) {
    this.file = file;
    this.root = root;
    this.valueMarks = valueMarks;
    this.keyMarks = keyMarks;
  }

  /** Reads {@code path}, naming it {@code displayName} in every message. */
  public static LocatedYaml read(Path path, String displayName) throws InputException {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new InputException(displayName + ": is a directory, expected a YAML file");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new InputException(
            displayName + ": file is larger than " + (MAX_BYTES / 1024) + " KiB; refusing to read");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(displayName + ": file not found");
    } catch (IOException e) {
      throw new InputException(displayName + ": cannot be read: " + e.getMessage());
    }
    return parse(bytes, displayName);
  }

  /** Parses YAML bytes; {@code file} is the name used in messages. */
  public static LocatedYaml parse(byte[] bytes, String file) throws InputException {
    String text = decode(bytes, file);
    Node node = compose(text, file);
    Map<String, Mark> valueMarks = new HashMap<>();
    Map<String, Mark> keyMarks = new HashMap<>();
    List<String> problems = new ArrayList<>();
    Object root =
        node == null
            ? null
            : new Converter(file, valueMarks, keyMarks, problems).convert(node, "", 0);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new LocatedYaml(file, root, valueMarks, keyMarks);
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

  private static String decode(byte[] bytes, String file) throws InputException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(file + ": binary content (NUL byte at offset " + i + ")");
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
      throw new InputException(file + ": not valid UTF-8 text");
    }
  }

  private static Node compose(String text, String file) throws InputException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    try {
      List<Node> documents = new ArrayList<>();
      new Yaml(options).composeAll(new StringReader(text)).forEach(documents::add);
      if (documents.size() > 1) {
        Mark mark = documents.get(1).getStartMark();
        throw new InputException(
            file
                + ":"
                + (mark.getLine() + 1)
                + ":"
                + (mark.getColumn() + 1)
                + ": expected a single YAML document, found a second one");
      }
      return documents.isEmpty() ? null : documents.get(0);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where =
          mark == null ? file : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      throw new InputException(where + ": invalid YAML: " + describe(e));
    } catch (YAMLException e) {
      throw new InputException(file + ": invalid YAML: " + e.getMessage());
    }
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
    private final List<String> problems;
    private final Map<Node, Integer> expanding = new HashMap<>();
    private int nodes;

    Converter(
        String file,
        Map<String, Mark> valueMarks,
        Map<String, Mark> keyMarks,
        List<String> problems) {
      this.file = file;
      this.valueMarks = valueMarks;
      this.keyMarks = keyMarks;
      this.problems = problems;
    }

    Object convert(Node node, String pointer, int depth) {
      valueMarks.putIfAbsent(pointer, node.getStartMark());
      if (++nodes > MAX_NODES) {
        if (nodes == MAX_NODES + 1) {
          problems.add(
              where(node) + ": aliases expand to more than " + MAX_NODES + " nodes; refusing");
        }
        return null;
      }
      if (depth > MAX_DEPTH) {
        problems.add(where(node) + ": nesting deeper than " + MAX_DEPTH + " levels");
        return null;
      }
      if (expanding.merge(node, 1, Integer::sum) > 1 && !(node instanceof ScalarNode)) {
        expanding.merge(node, -1, Integer::sum);
        problems.add(where(node) + ": an alias refers to itself");
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
          problems.add(where(keyNode) + ": a mapping key must be a plain scalar");
          continue;
        }
        String key = keyScalar.getValue();
        Mark first = seen.putIfAbsent(key, keyNode.getStartMark());
        if (first != null) {
          problems.add(
              where(keyNode)
                  + ": duplicate key '"
                  + key
                  + "' (first defined at line "
                  + (first.getLine() + 1)
                  + ")");
          continue;
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
        return lower.equals("true") || lower.equals("yes") || lower.equals("on");
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

    private String where(Node node) {
      Mark mark = node.getStartMark();
      return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }
  }
}
