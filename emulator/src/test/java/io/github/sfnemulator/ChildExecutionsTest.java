package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code arn:aws:states:::states:startExecution} runs the child in the same emulator. */
class ChildExecutionsTest {
  private static final String CHILD =
      """
      {"StartAt":"Wait","States":{"Wait":{"Type":"Wait","Seconds":600,"Next":"Double"},
        "Double":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, $.n)"},"End":true}}}
      """;
  private static final String FAILING_CHILD =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Child.Broke\",\"Cause\":\"no\"}}}";

  private final StepFunctionsEmulator emulator = StepFunctionsEmulator.create();

  @AfterEach
  void close() {
    emulator.close();
  }

  private Execution runParent(String resource, String childDefinition) {
    StateMachine child = emulator.createStateMachine("Child", childDefinition);
    String parent =
        """
        {"StartAt":"Run","States":{"Run":{"Type":"Task","Resource":"%s",
          "Parameters":{"StateMachineArn":"%s","Input":{"n.$":"$.n"}},"End":true}}}
        """
            .formatted(resource, child.arn());
    StateMachine machine = emulator.createStateMachine("Parent", parent);
    return emulator.startExecution(machine.arn(), "{\"n\":21}").await();
  }

  @Test
  void sync_2_waits_for_the_child_and_returns_its_output_as_json() {
    Execution parent = runParent("arn:aws:states:::states:startExecution.sync:2", CHILD);

    assertThat(parent.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(parent.outputJson().path("Output")).isEqualTo(Json.parse("{\"n\":42}"));
    assertThat(parent.outputJson().path("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(emulator.listExecutions(parent.outputJson().path("StateMachineArn").asText()))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED));
  }

  @Test
  void sync_returns_the_child_output_as_text() {
    Execution parent = runParent("arn:aws:states:::states:startExecution.sync", CHILD);

    assertThat(parent.outputJson().path("Output").asText()).isEqualTo("{\"n\":42}");
  }

  @Test
  void request_response_returns_at_once_with_the_child_arn() {
    Execution parent = runParent("arn:aws:states:::states:startExecution", CHILD);

    assertThat(parent.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    String childArn = parent.outputJson().path("ExecutionArn").asText();
    assertThat(emulator.describeExecution(childArn).status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(emulator.describeExecution(childArn).await().output()).isEqualTo("{\"n\":42}");
  }

  @Test
  void a_failed_child_fails_the_sync_task_with_states_task_failed() {
    Execution parent = runParent("arn:aws:states:::states:startExecution.sync:2", FAILING_CHILD);

    assertThat(parent.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(parent.error()).isEqualTo(StatesErrors.TASK_FAILED);
    assertThat(Json.parse(parent.cause()).path("Error").asText()).isEqualTo("Child.Broke");
  }
}
