package dev.agentchart.generate;

import dev.agentchart.model.ChartModel;
import dev.agentchart.model.EnvBinding;
import dev.agentchart.model.EnvironmentEntry;
import dev.agentchart.model.ValueNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the model's environment contract into Helm snippets for the Tentacle container: each
 * variable becomes a chain of branches (condition, then value or Secret reference), the first whose
 * condition holds being written. Because the names come from the model, the chart cannot emit a
 * variable under a name the agent does not read.
 */
final class EnvironmentPlan {

  private EnvironmentPlan() {}

  static List<Map<String, Object>> variables(ChartModel model) {
    List<Map<String, Object>> variables = new ArrayList<>();
    for (EnvironmentEntry entry : model.environment()) {
      List<Map<String, Object>> branches = new ArrayList<>();
      if (entry instanceof EnvironmentEntry.Declared declared) {
        for (ValueNode.Value source : declared.sources()) {
          branches.add(branch(model, source));
        }
      } else {
        branches.add(branch((EnvironmentEntry.Derived) entry));
      }
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("name", entry.name());
      variable.put("branches", branches);
      variable.put("conditional", !branches.get(0).get("condition").equals(""));
      variables.add(variable);
    }
    return variables;
  }

  private static Map<String, Object> branch(ChartModel model, ValueNode.Value source) {
    EnvBinding env = source.env();
    String condition =
        switch (env.emit()) {
          case ALWAYS -> "";
          case NON_EMPTY -> values(source.path());
          case WHEN -> all(env.when());
        };
    if (env.secretKeyRef() != null) {
      return secretBranch(condition, env.secretKeyRef());
    }
    String subject = values(source.path());
    if (env.fallback() != null) {
      subject = "(" + subject + " | default (" + env.fallback() + "))";
    }
    String value =
        switch (env.encoding()) {
          case PLAIN -> "{{ " + subject + " }}";
          case QUOTED -> "{{ " + subject + " | quote }}";
          case JSON -> "{{ " + subject + " | toJson | quote }}";
          case CSV -> "{{ join \",\" " + subject + " | quote }}";
          case NAMES ->
              "{{ include \""
                  + model.chart().name()
                  + ".imagePullSecretNames\" "
                  + subject
                  + " | quote }}";
        };
    return valueBranch(condition, value);
  }

  private static Map<String, Object> branch(EnvironmentEntry.Derived derived) {
    String condition = "";
    if (!derived.when().isEmpty()) {
      condition = all(derived.when());
    } else if (!derived.whenAny().isEmpty()) {
      condition = any(derived.whenAny());
    }
    return derived.secretKeyRef() != null
        ? secretBranch(condition, derived.secretKeyRef())
        : valueBranch(condition, derived.value());
  }

  private static Map<String, Object> valueBranch(String condition, String value) {
    Map<String, Object> branch = new LinkedHashMap<>();
    branch.put("condition", condition);
    branch.put("value", value);
    branch.put("secretName", "");
    branch.put("secretKey", "");
    return branch;
  }

  private static Map<String, Object> secretBranch(String condition, EnvBinding.SecretKeyRef ref) {
    Map<String, Object> branch = valueBranch(condition, "");
    branch.put("secretName", ref.name());
    branch.put("secretKey", ref.key());
    return branch;
  }

  private static String all(List<String> paths) {
    return paths.size() == 1 ? values(paths.get(0)) : "and " + join(paths);
  }

  private static String any(List<String> paths) {
    return paths.size() == 1 ? values(paths.get(0)) : "or " + join(paths);
  }

  private static String join(List<String> paths) {
    return String.join(" ", paths.stream().map(EnvironmentPlan::values).toList());
  }

  private static String values(String path) {
    return ".Values." + path;
  }
}
