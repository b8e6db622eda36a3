package dev.agentchart.read;

import io.kubernetes.client.openapi.JSON;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a Helm render into typed client-java models, strictly.
 *
 * <p>Strict matters because the cluster is not: an API server drops a field it does not know after
 * at most a warning (server-side field validation, GA in Kubernetes 1.27, warns by default), so a
 * misspelt {@code imagePullPolicyy} would install cleanly and do nothing. Here every document must
 * be an object of a known kind whose every field its model knows, with values of the types the API
 * server accepts.
 */
public final class ManifestReader {

  private static final Pattern SEPARATOR = Pattern.compile("(?m)^---[ \\t]*$");

  private ManifestReader() {}

  /** Parses every document of a Helm render; fails on the first document it cannot read. */
  public static List<RenderedObject> read(String manifests) throws ManifestException {
    return readAll(manifests);
  }

  /**
   * Reads many renders of one chart, remembering each document by its exact text: a verification
   * renders the chart a hundred times with values that change one or two objects, and the same text
   * always reads into the same object. The objects are shared between renders: treat them as
   * read-only. Safe for concurrent use.
   */
  public static final class Session {
    private static final int MAX_REMEMBERED = 4096;
    private final Map<String, List<RenderedObject>> known = new ConcurrentHashMap<>();

    /** As {@link ManifestReader#read}, reusing documents this session has read before. */
    public List<RenderedObject> read(String manifests) throws ManifestException {
      List<RenderedObject> objects = new ArrayList<>();
      try {
        // Helm starts every document of a render with a line "---".
        for (String document : SEPARATOR.split(manifests)) {
          objects.addAll(document(document));
        }
      } catch (ManifestException e) {
        // Read the whole render again, so that line numbers count from its start.
        readAll(manifests);
        throw e;
      }
      return List.copyOf(objects);
    }

    private List<RenderedObject> document(String document) throws ManifestException {
      List<RenderedObject> objects = known.get(document);
      if (objects == null) {
        objects = readAll(document);
        if (known.size() >= MAX_REMEMBERED) {
          known.clear();
        }
        known.put(document, objects);
      }
      return objects;
    }
  }

  private static List<RenderedObject> readAll(String manifests) throws ManifestException {
    List<RenderedObject> objects = new ArrayList<>();
    for (RenderDocuments.Document document : RenderDocuments.split(manifests)) {
      objects.add(readObject(document));
    }
    return List.copyOf(objects);
  }

  /** The one object of this kind and name, or a ManifestException naming what was there. */
  public static RenderedObject find(List<RenderedObject> objects, String kind, String name)
      throws ManifestException {
    List<RenderedObject> matches =
        objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw new ManifestException(notFound(objects, kind, name));
    }
    Set<String> templates = new LinkedHashSet<>();
    matches.forEach(o -> templates.add(o.template()));
    throw new ManifestException(
        "the render has "
            + matches.size()
            + " objects "
            + kind
            + " "
            + name
            + " (from "
            + String.join(", ", templates)
            + "); expected one");
  }

  private static RenderedObject readObject(RenderDocuments.Document document)
      throws ManifestException {
    Map<String, Object> tree = asObject(document);
    String kind = tree.get("kind") instanceof String s ? s : "object";
    String name = name(tree).orElse("(unnamed)");
    String label = document.template() + ": " + kind + " " + name;

    List<FieldProblem> problems = new ArrayList<>(document.problems());
    Optional<Class<?>> model = KindTable.model(tree.get("apiVersion"), tree.get("kind"), problems);
    model.ifPresent(type -> problems.addAll(ModelCheck.check(tree, type)));
    if (model.isPresent()) {
      nameProblem(tree).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems.stream().map(p -> label + ": " + p).toList());
    }

    return new RenderedObject(document.template(), kind, name, parse(label, tree, model.get()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(RenderDocuments.Document document)
      throws ManifestException {
    if (document.tree() instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new ManifestException(
        document.template()
            + ": the document at line "
            + document.line()
            + " of the render is "
            + FieldPath.describe(document.tree())
            + ", expected a Kubernetes object (a mapping)");
  }

  private static Optional<String> name(Map<String, Object> tree) {
    return tree.get("metadata") instanceof Map<?, ?> metadata
            && metadata.get("name") instanceof String name
            && !name.isEmpty()
        ? Optional.of(name)
        : Optional.empty();
  }

  /**
   * Every object of a render needs a name; the model cannot say so, since {@code generateName} may
   * stand in for it in an API request. A name of the wrong type is the model walk's to report.
   */
  private static Optional<FieldProblem> nameProblem(Map<String, Object> tree) {
    Object metadata = tree.get("metadata");
    Object name = metadata instanceof Map<?, ?> map ? map.get("name") : null;
    if (metadata != null && !(metadata instanceof Map)
        || name != null && !(name instanceof String)) {
      return Optional.empty();
    }
    if (name == null) {
      return Optional.of(new FieldProblem("metadata.name", "required field is missing"));
    }
    if (((String) name).isEmpty()) {
      return Optional.of(new FieldProblem("metadata.name", "expected a name, found \"\""));
    }
    return Optional.empty();
  }

  /**
   * The model through client-java's own strict reader, with its Quantity, IntOrString and date
   * adapters. {@link ModelCheck} has already accepted the tree, so a failure here means the two
   * disagree; it is reported, not hidden.
   */
  private static Object parse(String label, Map<String, Object> tree, Class<?> model)
      throws ManifestException {
    try {
      return JSON.getGson().fromJson(JsonTree.of(tree), model);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      throw new ManifestException(
          label
              + ": client-java rejects it: "
              + (message.length() > 300 ? message.substring(0, 297) + "..." : message));
    }
  }

  private static String notFound(List<RenderedObject> objects, String kind, String name) {
    List<String> sameKind =
        objects.stream().filter(o -> o.kind().equals(kind)).map(RenderedObject::name).toList();
    if (!sameKind.isEmpty()) {
      return "no "
          + kind
          + " "
          + name
          + " in the render; its "
          + kind
          + " objects: "
          + String.join(", ", sameKind);
    }
    Set<String> kinds = new TreeSet<>();
    objects.forEach(o -> kinds.add(o.kind()));
    return "no "
        + kind
        + " "
        + name
        + " in the render, which has no "
        + kind
        + " at all; its kinds: "
        + (kinds.isEmpty() ? "none" : String.join(", ", kinds));
  }
}
