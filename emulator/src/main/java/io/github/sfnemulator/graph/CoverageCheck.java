package io.github.sfnemulator.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Minimum coverage per state machine, as {@code jacoco:check} has for code: each shortfall names
 * the state machine, the counter, the figures, and the elements not covered.
 *
 * <pre>{@code
 * List<String> problems = new CoverageCheck(1.0, 0.8, 0.5, 0).check(data);
 * // ["order: transitions covered 70.0% (7/10), below the minimum 80.0%. Not covered: ..."]
 * }</pre>
 *
 * @param states the minimum ratio of states entered, 0 to 1
 * @param transitions the minimum ratio of transitions taken (Catches included)
 * @param catches the minimum ratio of Catches taken
 * @param retriers the minimum ratio of retriers that fired
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CoverageCheck(double states, double transitions, double catches, double retriers) {

  public CoverageCheck {
    for (double min : new double[] {states, transitions, catches, retriers}) {
      if (min < 0 || min > 1 || Double.isNaN(min)) {
        throw new IllegalArgumentException(
            "A coverage minimum is a ratio from 0 to 1 (0.8 for 80%), not " + min + ".");
      }
    }
  }

  /** One message per shortfall; empty when every state machine meets the minimums. */
  public List<String> check(CoverageData data) {
    List<String> out = new ArrayList<>();
    for (MachineCoverage m : data.machines()) {
      shortfall(out, m, "states", m.states(), states, e -> e.kind() == CoverageElement.Kind.STATE);
      shortfall(out, m, "transitions", m.transitions(), transitions, e -> e.kind().isTransition());
      shortfall(
          out, m, "catches", m.catches(), catches, e -> e.kind() == CoverageElement.Kind.CATCH);
      shortfall(
          out,
          m,
          "retriers",
          m.retriers(),
          retriers,
          e -> e.kind() == CoverageElement.Kind.RETRIER);
    }
    return out;
  }

  private static void shortfall(
      List<String> out,
      MachineCoverage m,
      String counter,
      CoverageCounter c,
      double minimum,
      java.util.function.Predicate<CoverageElement> kind) {
    if (c.ratio() + 1e-9 >= minimum) {
      return;
    }
    String missed =
        m.elements().stream()
            .filter(kind)
            .filter(e -> !e.covered())
            .map(CoverageElement::label)
            .collect(Collectors.joining("; "));
    out.add(
        String.format(
            Locale.ROOT,
            "%s: %s covered %s, below the minimum %.1f%%. Not covered: %s",
            m.name(),
            counter,
            c,
            minimum * 100,
            missed));
  }
}
