package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.maven.scenario.Scenario;
import io.github.sfnemulator.maven.scenario.ScenarioCase;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code -Dsfn.test} filter: comma-separated names with {@code *} wildcards, case-insensitive.
 * A scenario whose name matches runs whole; otherwise only its matching cases run.
 *
 * <pre>{@code
 * TestFilter filter = TestFilter.of("order*,refund path"); // -Dsfn.test=order*,refund path
 * Scenario kept = filter.apply(ScenarioReader.read(file));
 * }</pre>
 */
public final class TestFilter {
  private final List<Pattern> patterns;

  private TestFilter(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  /** A filter from the property's value; null or blank keeps everything. */
  public static TestFilter of(String spec) {
    if (spec == null || spec.isBlank()) {
      return new TestFilter(List.of());
    }
    return new TestFilter(
        Arrays.stream(spec.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(TestFilter::glob)
            .toList());
  }

  /** The scenario with the cases this filter keeps; no cases when none match. */
  public Scenario apply(Scenario scenario) {
    if (patterns.isEmpty() || matches(scenario.name())) {
      return scenario;
    }
    List<ScenarioCase> kept = scenario.cases().stream().filter(c -> matches(c.name())).toList();
    return scenario.withCases(kept);
  }

  private boolean matches(String name) {
    return name != null && patterns.stream().anyMatch(p -> p.matcher(name).matches());
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (String part : glob.split("\\*", -1)) {
      regex.append(Pattern.quote(part)).append(".*");
    }
    regex.setLength(regex.length() - 2);
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
