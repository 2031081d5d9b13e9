package io.github.sfnemulator.graph;

import org.apiguardian.api.API;

/**
 * One thing coverage counts in a state machine: a state, a transition (a {@code Next}, a Choice
 * rule, a {@code Default}, a Catch) or a retrier, with how often a test run reached it.
 *
 * <pre>{@code
 * for (CoverageElement element : machineCoverage.elements()) {
 *   if (!element.covered()) {
 *     System.out.println(element.kind() + " never reached: " + element.label());
 *   }
 * }
 * }</pre>
 *
 * @param id the JSON pointer of the element in the definition, e.g. {@code /States/Charge/Catch/0}
 * @param kind what the element is
 * @param label a short description for people, e.g. {@code Charge → Refund (Catch States.ALL)}
 * @param hits how often the run entered, took or fired it; 0 when it never did
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CoverageElement(String id, Kind kind, String label, int hits) {

  /**
   * What a coverage element is.
   *
   * <pre>{@code
   * long transitions = machineCoverage.elements().stream()
   *     .filter(element -> element.kind().isTransition()).count();
   * }</pre>
   */
  public enum Kind {
    STATE,
    NEXT,
    CHOICE_RULE,
    DEFAULT,
    CATCH,
    RETRIER;

    /** Next, Choice rules, Default and Catches are transitions. */
    public boolean isTransition() {
      return this == NEXT || this == CHOICE_RULE || this == DEFAULT || this == CATCH;
    }
  }

  public boolean covered() {
    return hits > 0;
  }
}
