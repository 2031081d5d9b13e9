package io.github.sfnemulator.maven.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnemulator.maven.run.CaseResult;
import io.github.sfnemulator.maven.run.ScenarioResult;
import io.github.sfnemulator.maven.run.ScenarioRunner;
import io.github.sfnemulator.maven.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The scenario file of docs/guide/maven-plugin.md runs and passes; the scenario errors
 * docs/guide/troubleshooting.md quotes are the reader's (src/test/resources/guide/messages).
 */
class GuideScenarioTest {
  private static final Path GUIDE = Path.of("src/test/resources/guide");
  private static final Path PROJECT = GUIDE.resolve("project");

  @Test
  void the_guide_scenario_passes_every_case() {
    ScenarioRunner runner = new ScenarioRunner(PROJECT, Duration.ofSeconds(10));
    Path file = PROJECT.resolve("src/test/sfn/order.sfn-test.yaml");

    ScenarioResult result =
        runner.run(ScenarioReader.read(file), "src/test/sfn/order.sfn-test.yaml");

    assertThat(result.cases())
        .extracting(CaseResult::name, CaseResult::outcome)
        .containsExactly(
            tuple("throttled twice then charged", CaseResult.Outcome.PASSED),
            tuple("declined card is refunded", CaseResult.Outcome.PASSED));
  }

  @Test
  void a_misspelt_field_is_named_with_the_fields_known_there() throws IOException {
    String yaml =
        """
        definition: order.asl.json
        cases:
          - name: happy
            expect:
              stauts: SUCCEEDED
        """;

    Throwable error =
        catchThrowable(
            () -> ScenarioReader.parse(yaml, "order.sfn-test.yaml", "order.sfn-test.yaml"));

    assertThat(error).hasMessage(message("unknown-field"));
  }

  @Test
  void a_response_with_two_answers_is_refused_with_its_location() throws IOException {
    String yaml =
        """
        definition: order.asl.json
        cases:
          - name: happy
            mocks:
              Charge:
                - {return: {}, throw: {error: Boom}}
        """;

    Throwable error =
        catchThrowable(
            () -> ScenarioReader.parse(yaml, "order.sfn-test.yaml", "order.sfn-test.yaml"));

    assertThat(error).hasMessage(message("two-answers"));
  }

  private static String message(String name) throws IOException {
    return Files.readString(GUIDE.resolve("messages/" + name + ".txt")).stripTrailing();
  }
}
