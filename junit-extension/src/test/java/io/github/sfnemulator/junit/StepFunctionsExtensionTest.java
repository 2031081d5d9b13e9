package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.sfnemulator.EmulatorClock;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.junit.error.ShouldHaveEnteredStates;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class StepFunctionsExtensionTest {
  private static final Path MOCK_CONFIG = Path.of("src/test/resources/MockConfigFile.json");

  @Test
  void injects_fields_and_parameters_and_loads_yaml_definitions() {
    run(InjectionTestCase.class).assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void starts_virtual_time_where_the_annotations_say() {
    run(StartTimeTestCase.class).assertStatistics(s -> s.started(2).succeeded(2));
  }

  @Test
  void static_extension_shares_one_emulator_but_forgets_test_mocks() {
    // GIVEN the first test mocks Charge; the second runs the machine without that mock
    Events events = run(SharedEmulatorTestCase.class);
    // THEN the second sees the first's state machine, but the Charge mock is gone
    events.assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("second"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(m -> m.startsWith("No mock for Task state 'Charge'")))));
  }

  @Test
  void instance_extension_gives_each_test_its_own_emulator() {
    run(PerTestEmulatorTestCase.class).assertStatistics(s -> s.started(2).succeeded(2));
  }

  @Test
  void isolates_tests_running_in_parallel() {
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .selectors(selectClass(ParallelTestCase.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(12).succeeded(12));
  }

  @Test
  void fails_an_assertion_with_the_factory_message_and_prints_the_trace() {
    // GIVEN the same execution the fixture makes
    Execution declined =
        Workflows.order(0, TaskResponse.throwing("Card.Declined", "insufficient funds"));
    String expected =
        ShouldHaveEnteredStates.shouldHaveEnteredStatesExactly(
                ExecutionView.of(declined), List.of("Validate", "Charge", "Notify"))
            .message();
    // WHEN
    Events events =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(FailingAssertionTestCase.class))
            .execute()
            .allEvents();
    // THEN
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(expected))));
    Throwable failure =
        events.failed().stream()
            .findFirst()
            .orElseThrow()
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(failure.getSuppressed())
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .startsWith("Executions of this test:")
        .contains("Charge (Task) caught Card.Declined (\"insufficient funds\") -> Refund");
    assertThat(
            events.reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow()))
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.getKeyValuePairs().get("sfn-emulator executions"))
                    .contains("Refund (Pass)"));
  }

  @Test
  void fails_a_test_whose_task_has_no_mock_naming_the_state_and_how_to_mock_it() {
    run(UnmockedTaskTestCase.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        "No mock for Task state 'Charge' (Resource"
                            + " arn:aws:lambda:us-east-1:123456789012:function:charge). Mock it,"
                            + " e.g. mocks.stubFor(lambda(\"Charge\").willReturn(\"{}\")). Mocks"
                            + " registered: lambda(\"Chrage\")."))));
  }

  @Test
  void builder_mocks_persist_and_a_fallback_answers_what_no_mock_selects() {
    run(BuilderMocksTestCase.class).assertStatistics(s -> s.started(2).succeeded(2));
  }

  @Test
  void selects_a_mock_config_test_case_per_method_or_class() {
    run(MockConfigTestCase.class).assertStatistics(s -> s.started(3).succeeded(3));
    assertFailsWith(
        MockTestCaseWithoutConfigTestCase.class,
        ExtensionConfigurationException.class,
        "@MockTestCase(\"HappyPath\") on runs() needs a mock config: register the extension with"
            + " StepFunctionsExtension.newInstance().mockConfig(Path.of(\"MockConfigFile.json\"))");
    assertFailsWith(
        MockTestCaseOnSharedEmulatorTestCase.class,
        ExtensionConfigurationException.class,
        "@MockTestCase on runs() needs an emulator of its own");
  }

  @Test
  void explains_misused_fields_parameters_and_annotations() {
    assertFailsWith(
        WrongFieldTypeTestCase.class,
        ExtensionConfigurationException.class,
        "@StateMachineDefinition on field 'order' of WrongFieldTypeTestCase needs the type"
            + " io.github.sfnemulator.StateMachine, not java.lang.String");
    assertFailsWith(
        UnannotatedParameterTestCase.class,
        ParameterResolutionException.class,
        "parameter #1 (StateMachine) of runs() is a StateMachine but says not which: annotate it"
            + " with @StateMachineDefinition(\"<file>.asl.json\")");
    assertFailsWith(
        MissingFileTestCase.class,
        ExtensionConfigurationException.class,
        "@StateMachineDefinition(\"nope.asl.json\") on field 'order' of MissingFileTestCase: no"
            + " classpath resource 'nope.asl.json' and no file");
    assertFailsWith(
        InvalidDefinitionTestCase.class,
        ExtensionConfigurationException.class,
        "@StateMachineDefinition(\"invalid.asl.json\") on field 'machine' of"
            + " InvalidDefinitionTestCase:");
    assertFailsWith(
        StartTimeOnSharedEmulatorTestCase.class,
        ExtensionConfigurationException.class,
        "@ExecutionStartTime on runs() needs an emulator of its own");
  }

  @Test
  void explains_a_static_field_under_a_per_test_emulator() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(StaticFieldTestCase.class))
        .execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        m ->
                            m.startsWith(
                                "field 'emulator' of StaticFieldTestCase is static, but each test"
                                    + " gets its own emulator here")))));
  }

  private static Events run(Class<?> testCase) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testCase))
        .execute()
        .testEvents();
  }

  private static void assertFailsWith(
      Class<?> testCase, Class<? extends Throwable> type, String text) {
    run(testCase)
        .assertThatEvents()
        .haveExactly(
            1,
            event(test(), finishedWithFailure(instanceOf(type), message(m -> m.contains(text)))));
  }

  // ---- fixtures, run only through EngineTestKit ----

  @StepFunctionsTest(definitions = "statemachines")
  static class InjectionTestCase {
    StepFunctionsEmulator emulator;
    EmulatorClock clock;
    TimeControl time;
    TaskMocks mocks;

    @StateMachineDefinition("reminder.asl.yaml")
    StateMachine reminder;

    @Test
    void runs(
        StepFunctionsEmulator sfn,
        @StateMachineDefinition(value = "reminder.asl.yaml", name = "Other") StateMachine other) {
      assertThat(sfn).isSameAs(emulator);
      assertThat(reminder.name()).isEqualTo("reminder");
      assertThat(reminder.definition()).startsWith("{\"StartAt\":\"Wait a day\"");
      assertThat(other.name()).isEqualTo("Other");
      mocks.stubFor(state("SendReminder").willReturn("{\"MessageId\":\"m-1\"}"));

      Execution execution = sfn.startExecution(reminder.arn(), "{\"message\":\"hi\"}");
      time.runUntilStateEntered(execution, "SendReminder");

      assertThat(clock.now()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
      assertThat(execution).hasSucceeded().hasOutput("{\"MessageId\":\"m-1\"}");
      assertThat(mocks.findAll(invocationsOf("SendReminder")))
          .singleElement()
          .extracting(c -> c.parameters().get("Message").asText())
          .isEqualTo("hi");
    }
  }

  @StepFunctionsTest(startTime = "2030-01-01T00:00:00Z")
  static class StartTimeTestCase {
    @Test
    void from_the_class(EmulatorClock clock) {
      assertThat(clock.now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    @ExecutionStartTime("2031-06-01T12:00:00Z")
    void from_the_method(EmulatorClock clock) {
      assertThat(clock.now()).isEqualTo(Instant.parse("2031-06-01T12:00:00Z"));
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SharedEmulatorTestCase {
    @RegisterExtension
    static StepFunctionsExtension sfn =
        StepFunctionsExtension.newInstance()
            .mocks(mocks -> mocks.stubFor(state("Everywhere").willReturn("{}")))
            .build();

    @Test
    @Order(1)
    void first() {
      sfn.emulator().createStateMachine("Shared", Workflows.definition("order.asl.json"));
      sfn.mocks().stubFor(state("Charge").willReturn("{}"));
    }

    @Test
    @Order(2)
    void second(TaskMocks mocks) {
      assertThat(sfn.emulator().listStateMachines())
          .extracting(StateMachine::name)
          .containsExactly("Shared");
      assertThat(mocks).isSameAs(sfn.mocks());
      Execution execution =
          sfn.emulator()
              .startExecution(sfn.emulator().listStateMachines().get(0).arn(), "{}")
              .await();
      assertThat(execution)
          .hasFailedWith("States.Runtime")
          .withCauseContaining("No mock for Task state 'Charge'")
          .withCauseContaining("Mocks registered: state(\"Everywhere\").");
      assertThat(mocks.calls()).extracting(TaskCall::stateName).containsExactly("Charge");
    }
  }

  static class PerTestEmulatorTestCase {
    @RegisterExtension
    StepFunctionsExtension sfn = StepFunctionsExtension.newInstance().region("eu-west-1").build();

    @Test
    void first(@StateMachineDefinition("order.asl.json") StateMachine order) {
      assertThat(sfn.emulator().listStateMachines()).hasSize(1);
      assertThat(order.arn()).startsWith("arn:aws:states:eu-west-1:");
    }

    @Test
    void second(@StateMachineDefinition("order.asl.json") StateMachine order) {
      assertThat(sfn.emulator().listStateMachines()).hasSize(1);
    }
  }

  @StepFunctionsTest
  static class ParallelTestCase {
    @RepeatedTest(12)
    void runs_alone(
        StepFunctionsEmulator sfn,
        TaskMocks mocks,
        @StateMachineDefinition("order.asl.json") StateMachine order) {
      mocks.stubFor(
          lambda("Charge")
              .willThrow(lambdaError("Lambda.TooManyRequestsException", "Slow down"))
              .thenReturn("{}"));
      assertThat(sfn.startExecution(order.arn(), "{}").await()).hasSucceeded();
      assertThat(sfn.listExecutions(order.arn())).hasSize(1);
      assertThat(mocks.calls()).hasSize(2);
    }
  }

  @StepFunctionsTest
  static class FailingAssertionTestCase {
    @Test
    void takes_the_happy_path(
        StepFunctionsEmulator sfn,
        TaskMocks mocks,
        @StateMachineDefinition("order.asl.json") StateMachine order) {
      mocks.stubFor(state("Charge").willThrow("Card.Declined", "insufficient funds"));
      Execution execution =
          sfn.startExecution(order.arn(), "run-1", "{\"orderId\":\"o-1\"}").await();
      assertThat(execution).hasEnteredStatesExactly("Validate", "Charge", "Notify");
    }
  }

  @StepFunctionsTest
  static class UnmockedTaskTestCase {
    @Test
    void runs(
        StepFunctionsEmulator sfn,
        TaskMocks mocks,
        @StateMachineDefinition("order.asl.json") StateMachine order) {
      mocks.stubFor(lambda("Chrage").willReturn("{}"));
      sfn.startExecution(order.arn(), "{}").await();
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class BuilderMocksTestCase {
    @RegisterExtension
    static StepFunctionsExtension sfn =
        StepFunctionsExtension.newInstance()
            .mocks(mocks -> mocks.stubFor(lambda("Charge").willReturn("{\"by\": \"builder\"}")))
            .taskResponder(call -> TaskResponse.returning("{\"by\": \"fallback\"}"))
            .build();

    @StateMachineDefinition("order.asl.json")
    StateMachine order;

    @Test
    @Order(1)
    void a_test_mock_wins_over_the_builders() {
      sfn.mocks().stubFor(lambda("Charge").willReturn("{\"by\": \"test\"}"));
      assertThat(sfn.emulator().startExecution(order.arn(), "{}").await())
          .hasOutput("{\"charge\": {\"by\": \"test\"}}");
    }

    @Test
    @Order(2)
    void the_builders_mock_persists_and_the_fallback_answers_the_rest(TaskMocks mocks) {
      assertThat(sfn.emulator().startExecution(order.arn(), "{}").await())
          .hasOutput("{\"charge\": {\"by\": \"builder\"}}");
      mocks.reset();
      assertThat(sfn.emulator().startExecution(order.arn(), "{}").await())
          .hasOutput("{\"charge\": {\"by\": \"fallback\"}}");
      mocks.verify(1, invocationsOf("Charge")); // reset forgot the first call
    }
  }

  @MockTestCase("RefundPath")
  static class MockConfigTestCase {
    @RegisterExtension
    StepFunctionsExtension sfn =
        StepFunctionsExtension.newInstance().mockConfig(MOCK_CONFIG).build();

    @StateMachineDefinition("order.asl.json")
    StateMachine order;

    @Test
    @MockTestCase("HappyPath")
    void from_the_method(TaskMocks mocks) {
      Execution execution = sfn.emulator().startExecution(order.arn(), "{}").await();
      assertThat(execution).hasOutput("{\"charge\": {\"from\": \"config\"}}");
      mocks.verify(0, invocationsOf("Charge"));
    }

    @Test
    void from_the_class() {
      Execution execution = sfn.emulator().startExecution(order.arn(), "{}").await();
      assertThat(execution).state("Charge").caught("Card.Declined").into("Refund");
    }

    @Test
    void an_arn_suffix_still_wins() {
      Execution execution = sfn.emulator().startExecution(order.arn() + "#HappyPath", "{}").await();
      assertThat(execution).hasSucceeded().hasNotEnteredStates("Refund");
    }
  }

  static class MockTestCaseWithoutConfigTestCase {
    @RegisterExtension StepFunctionsExtension sfn = StepFunctionsExtension.newInstance().build();

    @Test
    @MockTestCase("HappyPath")
    void runs() {}
  }

  static class MockTestCaseOnSharedEmulatorTestCase {
    @RegisterExtension
    static StepFunctionsExtension sfn =
        StepFunctionsExtension.newInstance().mockConfig(MOCK_CONFIG).build();

    @Test
    @MockTestCase("HappyPath")
    void runs() {}
  }

  @StepFunctionsTest
  static class WrongFieldTypeTestCase {
    @StateMachineDefinition("order.asl.json")
    String order;

    @Test
    void runs() {}
  }

  @StepFunctionsTest
  static class UnannotatedParameterTestCase {
    @Test
    void runs(StateMachine order) {}
  }

  @StepFunctionsTest
  static class MissingFileTestCase {
    @StateMachineDefinition("nope.asl.json")
    StateMachine order;

    @Test
    void runs() {}
  }

  @StepFunctionsTest
  static class InvalidDefinitionTestCase {
    @StateMachineDefinition("invalid.asl.json")
    StateMachine machine;

    @Test
    void runs() {}
  }

  static class StartTimeOnSharedEmulatorTestCase {
    @RegisterExtension
    static StepFunctionsExtension sfn = StepFunctionsExtension.newInstance().build();

    @Test
    @ExecutionStartTime("2030-01-01T00:00:00Z")
    void runs() {}
  }

  @StepFunctionsTest
  static class StaticFieldTestCase {
    static StepFunctionsEmulator emulator;

    @Test
    void runs() {}
  }
}
