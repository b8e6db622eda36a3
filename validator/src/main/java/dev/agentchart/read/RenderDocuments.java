package dev.agentchart.read;

import dev.agentchart.yaml.GoYamlResolver;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
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
 * Splits a Helm render into its documents and reads each into plain values (ordered maps, lists,
 * strings, {@code Long}, {@code Double}, {@code Boolean}), with the template named by the {@code #
 * Source:} comment Helm writes before each document.
 *
 * <p>Plain scalars mean what they mean to the Kubernetes API machinery, which reads YAML through
 * the go-yaml v2 rules of {@code sigs.k8s.io/yaml}: {@code yes}, {@code y} and {@code on} are
 * booleans, {@code 0755} is octal, base-60 numbers ({@code 1:20}) are strings. Duplicate keys are
 * problems, where the API server would keep the last one after a warning.
 *
 * <p>Known shortcoming: go-yaml v2 resolves an unquoted date ({@code 2026-01-31}) as a timestamp,
 * which may reach the API in another spelling; this reader keeps the text as written. The value is
 * a string for every check either way. It goes away if dates are resolved as go-yaml does.
 */
final class RenderDocuments {

  /** One non-empty document of the render. */
  record Document(String template, int line, Object tree, List<FieldProblem> problems) {}

  private static final Pattern SOURCE = Pattern.compile("^# Source: [^/]+/(.+?)\\s*$");

  /** Renders of large charts with CRDs run to megabytes; this is far above any real one. */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private static final int MAX_ALIASES = 50;
  private static final int MAX_DEPTH = 100;

  private RenderDocuments() {}

  /** The non-empty documents of {@code manifests}, in order. */
  static List<Document> split(String manifests) throws ManifestException {
    TreeMap<Integer, String> sources = sourceComments(manifests);
    List<Document> documents = new ArrayList<>();
    try {
      for (Node node : yaml().composeAll(new StringReader(manifests))) {
        if (isEmpty(node)) {
          continue;
        }
        int line = node.getStartMark().getLine();
        String template = templateAt(sources, line);
        List<FieldProblem> problems = new ArrayList<>();
        Object tree = new Converter(problems).convert(node, "", 0);
        documents.add(new Document(template, line + 1, tree, List.copyOf(problems)));
      }
    } catch (MarkedYAMLException e) {
      throw invalid(e, sources);
    } catch (YAMLException e) {
      throw new ManifestException("render: invalid YAML: " + e.getMessage());
    }
    return documents;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(
        new SafeConstructor(options),
        new Representer(dumper),
        dumper,
        options,
        new GoYamlResolver());
  }

  /** Line (0-based) of each {@code # Source:} comment, to the template path it names. */
  private static TreeMap<Integer, String> sourceComments(String manifests) {
    TreeMap<Integer, String> sources = new TreeMap<>();
    String[] lines = manifests.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher source = SOURCE.matcher(lines[i]);
      if (source.matches()) {
        sources.put(i, source.group(1));
      }
    }
    return sources;
  }

  /** The template of the last {@code # Source:} comment at or above {@code line}. */
  private static String templateAt(TreeMap<Integer, String> sources, int line) {
    Map.Entry<Integer, String> source = sources.floorEntry(line);
    return source == null ? "document at line " + (line + 1) : source.getValue();
  }

  /** Helm leaves a document empty when a template renders nothing but its Source comment. */
  private static boolean isEmpty(Node node) {
    return node == null || node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  private static ManifestException invalid(
      MarkedYAMLException e, TreeMap<Integer, String> sources) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    if (mark == null) {
      return new ManifestException("render: invalid YAML: " + e.getProblem());
    }
    String context = e.getContext() == null ? "" : e.getContext() + ": ";
    return new ManifestException(
        templateAt(sources, mark.getLine())
            + ": invalid YAML at line "
            + (mark.getLine() + 1)
            + ", column "
            + (mark.getColumn() + 1)
            + " of the render: "
            + context
            + e.getProblem());
  }

  /** Composed nodes to plain values; duplicate keys become problems at their path. */
  private static final class Converter {

    private static final int MAX_NODES = 1_000_000;

    private final List<FieldProblem> problems;
    private int nodes;

    Converter(List<FieldProblem> problems) {
      this.problems = problems;
    }

    Object convert(Node node, String path, int depth) {
      // Aliases can multiply a small text into a huge tree; the composer bounds their number,
      // this bounds what they expand to.
      if (++nodes > MAX_NODES) {
        throw new YAMLException("aliases expand the document to more than " + MAX_NODES + " nodes");
      }
      if (depth > MAX_DEPTH) {
        throw new YAMLException("aliases nest the document deeper than " + MAX_DEPTH + " levels");
      }
      if (node instanceof MappingNode mapping) {
        return mapping(mapping, path, depth);
      }
      if (node instanceof SequenceNode sequence) {
        List<Object> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          items.add(convert(item, FieldPath.item(path, items.size()), depth + 1));
        }
        return Collections.unmodifiableList(items);
      }
      return scalar((ScalarNode) node);
    }

    private Map<String, Object> mapping(MappingNode mapping, String path, int depth) {
      Map<String, Object> map = new LinkedHashMap<>();
      Map<String, Integer> firstLine = new HashMap<>();
      for (NodeTuple tuple : withMerges(mapping)) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          problems.add(new FieldProblem(path.isEmpty() ? "(root)" : path, "a key is not a scalar"));
          continue;
        }
        String key = keyNode.getValue();
        String child = FieldPath.child(path, key);
        Integer first = firstLine.putIfAbsent(key, keyNode.getStartMark().getLine() + 1);
        if (first != null) {
          problems.add(
              new FieldProblem(child, "duplicate key (first at line " + first + " of the render)"));
          continue;
        }
        map.put(key, convert(tuple.getValueNode(), child, depth + 1));
      }
      return Collections.unmodifiableMap(map);
    }

    /** Resolves {@code <<: *base} merge keys as go-yaml does: the mapping's own keys win. */
    private static List<NodeTuple> withMerges(MappingNode mapping) {
      List<NodeTuple> own = new ArrayList<>();
      List<NodeTuple> merged = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
          own.add(tuple);
          continue;
        }
        Node source = tuple.getValueNode();
        List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
        for (Node each : sources) {
          if (each instanceof MappingNode base) {
            for (NodeTuple inherited : withMerges(base)) {
              if (!containsKey(merged, inherited) && !containsKey(own, inherited)) {
                merged.add(inherited);
              }
            }
          }
        }
      }
      merged.removeIf(inherited -> containsKey(own, inherited));
      List<NodeTuple> all = new ArrayList<>(own);
      all.addAll(merged);
      return all;
    }

    private static boolean containsKey(List<NodeTuple> tuples, NodeTuple tuple) {
      return tuple.getKeyNode() instanceof ScalarNode key
          && tuples.stream()
              .anyMatch(
                  t ->
                      t.getKeyNode() instanceof ScalarNode k
                          && k.getValue().equals(key.getValue()));
    }

    private static Object scalar(ScalarNode node) {
      String text = node.getValue();
      Tag tag = node.getTag();
      if (tag.equals(Tag.NULL)) {
        return null;
      }
      if (tag.equals(Tag.BOOL)) {
        return switch (text) {
          case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> true;
          default -> false;
        };
      }
      if (tag.equals(Tag.INT)) {
        return integer(text.replace("_", ""));
      }
      if (tag.equals(Tag.FLOAT)) {
        return floating(text.replace("_", ""));
      }
      return text;
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)}: 0x hex, 0o or a leading 0 octal, 0b binary. */
    private static Object integer(String text) {
      boolean negative = text.startsWith("-");
      String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
      BigInteger value;
      if (digits.startsWith("0x")) {
        value = new BigInteger(digits.substring(2), 16);
      } else if (digits.startsWith("0b")) {
        value = new BigInteger(digits.substring(2), 2);
      } else if (digits.startsWith("0o")) {
        value = new BigInteger(digits.substring(2), 8);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        value = new BigInteger(digits.substring(1), 8);
      } else {
        value = new BigInteger(digits);
      }
      value = negative ? value.negate() : value;
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object floating(String text) {
      return switch (text.toLowerCase(Locale.ROOT)) {
        case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
        case "-.inf" -> Double.NEGATIVE_INFINITY;
        case ".nan" -> Double.NaN;
        default -> Double.parseDouble(text);
      };
    }
  }
}
