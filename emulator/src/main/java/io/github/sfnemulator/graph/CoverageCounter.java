package io.github.sfnemulator.graph;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How many elements of one kind a test run covered, of how many.
 *
 * <pre>{@code
 * CoverageCounter transitions = CoverageData.readAll(Path.of("target/sfn-coverage"))
 *     .machines().get(0).transitions();
 * transitions.toString();      // 80.0% (8/10)
 * boolean enough = transitions.ratio() >= 0.8; // a build can require a minimum
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CoverageCounter(int covered, int total) {

  /** covered / total, 1.0 when there is nothing to cover. */
  public double ratio() {
    return total == 0 ? 1.0 : (double) covered / total;
  }

  /** e.g. {@code 80.0% (4/5)}, or {@code n/a} when there is nothing to cover. */
  @Override
  public String toString() {
    return total == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f%% (%d/%d)", ratio() * 100, covered, total);
  }
}
