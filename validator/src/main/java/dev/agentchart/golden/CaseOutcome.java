package dev.agentchart.golden;

import java.util.List;

/**
 * What became of one case.
 *
 * @param text the golden file this case produces, or null when it could not be composed
 * @param failures one line or block per problem; empty when the case passed
 * @param unusable the case could not be rendered, read or composed at all
 */
public record CaseOutcome(PodCase podCase, String text, List<String> failures, boolean unusable) {

  public CaseOutcome {
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
