package io.github.sfnemulator.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.maven.scenario.Scenario;
import io.github.sfnemulator.maven.scenario.ScenarioCase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestFilterTest {
  private static final Scenario ORDER =
      new Scenario(
          "order",
          "order.asl.json",
          null,
          null,
          null,
          List.of(
              new ScenarioCase("happy path", null, null, null, null),
              new ScenarioCase("declined card", null, null, null, null)));

  @ParameterizedTest(name = "-Dsfn.test={0} keeps {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          -                   | happy path,declined card
          order               | happy path,declined card
          ORD*                | happy path,declined card
          declined card       | declined card
          *card*, happy path  | happy path,declined card
          invoice             | ''
          """)
  void keeps_a_matching_scenario_whole_or_only_its_matching_cases(String spec, String kept) {
    List<String> names =
        TestFilter.of(spec).apply(ORDER).cases().stream().map(ScenarioCase::name).toList();

    assertThat(names)
        .containsExactlyElementsOf(kept.isEmpty() ? List.of() : List.of(kept.split(",")));
  }
}
