package dev.agentchart.validate;

import dev.agentchart.compose.ClusterVersion;
import java.util.List;

/** One check of a values file beyond its schema, with its own rule id or ids. */
interface ValuesRule {

  /**
   * @param cluster the Kubernetes version given with {@code --kube-version}, or null
   */
  List<Diagnostic> check(ValuesFile file, ClusterVersion cluster);
}
