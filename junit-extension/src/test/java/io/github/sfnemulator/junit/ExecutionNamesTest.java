package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sfnemulator.StepFunctionsEmulator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Generated execution names differ from test to test, and are the same in every run. */
class ExecutionNamesTest {
  static final Map<String, String> NAMES = new ConcurrentHashMap<>();

  private static Map<String, String> runFixture() {
    NAMES.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(TwoTestsTestCase.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));
    return new TreeMap<>(NAMES);
  }

  @Test
  void each_test_names_its_executions_differently_and_the_same_in_every_run() {
    // WHEN the same two tests run twice
    Map<String, String> first = runFixture();
    Map<String, String> second = runFixture();

    // THEN
    assertThat(first).containsOnlyKeys("one", "two");
    assertThat(first.get("one")).isNotEqualTo(first.get("two"));
    assertThat(second).isEqualTo(first);
  }

  @StepFunctionsTest
  static class TwoTestsTestCase {
    private static final String PASS =
        "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";

    private static void record(String test, StepFunctionsEmulator emulator) {
      String arn = emulator.createStateMachine("m", PASS).arn();
      NAMES.put(test, emulator.startExecution(arn, "{}").await().name());
    }

    @Test
    void one(StepFunctionsEmulator emulator) {
      record("one", emulator);
    }

    @Test
    void two(StepFunctionsEmulator emulator) {
      record("two", emulator);
    }
  }
}
