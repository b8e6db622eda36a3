package dev.agentchart.golden;

import java.util.List;

/**
 * The result of running the matrix against the golden files.
 *
 * @param stale golden files (paths below the golden directory) that no case produces any more
 */
public record Verification(List<CaseOutcome> cases, List<String> stale) {

  public Verification {
    cases = List.copyOf(cases);
    stale = List.copyOf(stale);
  }

  public long passed() {
    return cases.stream().filter(CaseOutcome::passed).count();
  }

  /** Failed cases, each stale file counting as one failure too. */
  public long failed() {
    return cases.size() - passed() + stale.size();
  }

  public boolean anyUnusable() {
    return cases.stream().anyMatch(CaseOutcome::unusable);
  }
}
