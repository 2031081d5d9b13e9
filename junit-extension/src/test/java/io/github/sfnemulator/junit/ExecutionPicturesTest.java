package io.github.sfnemulator.junit;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.graph.CoverageData;
import io.github.sfnemulator.graph.CoverageElement;
import io.github.sfnemulator.mock.TaskMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Pictures of a test's executions and the coverage data of a test run. */
class ExecutionPicturesTest {
  @TempDir Path dir;

  @Test
  void draws_a_failing_tests_executions_and_names_the_picture_in_the_failure() throws IOException {
    // WHEN
    Events events = run(StepFunctionsExtensionTest.FailingAssertionTestCase.class, "failed");

    // THEN
    Path picture =
        dir.resolve("pictures")
            .resolve(
                StepFunctionsExtensionTest.FailingAssertionTestCase.class
                    .getName()
                    .replace('$', '_'))
            .resolve("takes_the_happy_path/run-1.svg")
            .toAbsolutePath();
    Throwable failure =
        events.failed().stream()
            .findFirst()
            .orElseThrow()
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(failure.getSuppressed()[0].getMessage()).contains("Picture of 'run-1': " + picture);
    assertThat(Files.readString(picture))
        .startsWith("<svg")
        .contains("class=\"edge catch taken caught\"", "data-name=\"Refund\"");
  }

  @Test
  void draws_passing_tests_only_when_asked_for_all() throws IOException {
    // WHEN
    run(PassingTestCase.class, "failed");
    boolean drawnByDefault = Files.exists(dir.resolve("pictures"));
    run(PassingTestCase.class, "all");

    // THEN
    assertThat(drawnByDefault).isFalse();
    try (Stream<Path> files = Files.walk(dir.resolve("pictures"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".svg"))).hasSize(2);
    }
  }

  @Test
  void writes_the_coverage_data_of_each_test_class_when_the_run_ends() throws IOException {
    // WHEN
    run(PassingTestCase.class, "none");

    // THEN
    Path file =
        dir.resolve("coverage/junit")
            .resolve(PassingTestCase.class.getName().replace('$', '_') + CoverageData.FILE_SUFFIX);
    CoverageData data = CoverageData.read(file);
    assertThat(data.machines())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.name()).isEqualTo("order");
              assertThat(m.executions()).isEqualTo(2);
              assertThat(m.states().covered()).isEqualTo(3);
              assertThat(m.elements())
                  .filteredOn(e -> e.label().equals("Charge → Notify (Next)"))
                  .singleElement()
                  .extracting(CoverageElement::hits)
                  .isEqualTo(2);
            });
  }

  @StepFunctionsTest
  static class PassingTestCase {
    @Test
    void charges(
        StepFunctionsEmulator sfn,
        TaskMocks mocks,
        @StateMachineDefinition("order.asl.json") StateMachine order) {
      mocks.stubFor(state("Charge").willReturn("{}"));
      assertThat(sfn.startExecution(order.arn(), "paid", "{}").await().status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void charges_again(
        StepFunctionsEmulator sfn,
        TaskMocks mocks,
        @StateMachineDefinition("order.asl.json") StateMachine order) {
      mocks.stubFor(state("Charge").willReturn("{}"));
      assertThat(sfn.startExecution(order.arn(), "paid-again", "{}").await().status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  private Events run(Class<?> testCase, String pictures) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ReportSettings.PICTURES, pictures)
        .configurationParameter(
            ReportSettings.PICTURES_DIRECTORY, dir.resolve("pictures").toString())
        .configurationParameter(
            ReportSettings.COVERAGE_DIRECTORY, dir.resolve("coverage").toString())
        .selectors(selectClass(testCase))
        .execute()
        .testEvents();
  }
}
