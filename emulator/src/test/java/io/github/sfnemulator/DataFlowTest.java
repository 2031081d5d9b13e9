package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.events;
import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataFlowTest {

  private static String pass(String fields) {
    return """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", %s "End": true}}}
        """
        .formatted(fields);
  }

  static Stream<Arguments> passFields() {
    String input = "{\"a\": {\"b\": 1}, \"c\": [1, 2], \"d\": \"x\"}";
    return Stream.of(
        Arguments.of("no fields: output is input", "", input, input),
        Arguments.of("InputPath selects", "\"InputPath\": \"$.a\",", input, "{\"b\": 1}"),
        Arguments.of("InputPath null gives {}", "\"InputPath\": null,", input, "{}"),
        Arguments.of(
            "Parameters with static and .$ keys",
            "\"Parameters\": {\"k\": \"v\", \"b.$\": \"$.a.b\", \"n\": {\"second.$\": \"$.c[1]\"}},",
            input,
            "{\"k\": \"v\", \"b\": 1, \"n\": {\"second\": 2}}"),
        Arguments.of(
            "Parameters see the effective input",
            "\"InputPath\": \"$.a\", \"Parameters\": {\"all.$\": \"$\"},",
            input,
            "{\"all\": {\"b\": 1}}"),
        Arguments.of(
            "Parameters with an intrinsic",
            "\"Parameters\": {\"s.$\": \"States.Format('{}-{}', $.d, $.a.b)\"},",
            input,
            "{\"s\": \"x-1\"}"),
        Arguments.of("Result replaces the input by default", "\"Result\": 7,", input, "7"),
        Arguments.of(
            "ResultPath null keeps the input",
            "\"Result\": 7, \"ResultPath\": null,",
            input,
            input),
        Arguments.of(
            "ResultPath merges into an object",
            "\"Result\": 7, \"ResultPath\": \"$.a.r\",",
            input,
            "{\"a\": {\"b\": 1, \"r\": 7}, \"c\": [1, 2], \"d\": \"x\"}"),
        Arguments.of(
            "ResultPath creates nested objects",
            "\"Result\": 7, \"ResultPath\": \"$.new.deep\",",
            input,
            "{\"a\": {\"b\": 1}, \"c\": [1, 2], \"d\": \"x\", \"new\": {\"deep\": 7}}"),
        Arguments.of(
            "ResultPath replaces an existing value",
            "\"Result\": {\"z\": 0}, \"ResultPath\": \"$.a\",",
            input,
            "{\"a\": {\"z\": 0}, \"c\": [1, 2], \"d\": \"x\"}"),
        Arguments.of(
            "OutputPath selects",
            "\"Result\": {\"o\": [5]}, \"OutputPath\": \"$.o[0]\",",
            input,
            "5"),
        Arguments.of("OutputPath null gives {}", "\"OutputPath\": null,", input, "{}"),
        Arguments.of(
            "all steps in AWS's order",
            "\"InputPath\": \"$.a\", \"Parameters\": {\"p.$\": \"$.b\"}, \"ResultPath\": \"$.res\","
                + " \"OutputPath\": \"$.res\",",
            input,
            "{\"p\": 1}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passFields")
  void applies_pass_state_data_flow(String behaviour, String fields, String input, String output) {
    Execution execution = run(pass(fields), input);

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson()).isEqualTo(json(output));
  }

  @Test
  void shapes_a_task_result_with_result_selector_then_result_path_then_output_path() {
    // GIVEN a Task whose resource answers with a wrapped payload
    String definition =
        """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "f", "Payload.$": "$.order"},
          "ResultSelector": {"total.$": "$.Payload.total", "code.$": "$.StatusCode"},
          "ResultPath": "$.charge", "OutputPath": "$.charge", "End": true}}}
        """;
    // WHEN
    Execution execution =
        run(
            definition,
            "{\"order\": {\"id\": 1}}",
            call ->
                TaskResponse.returning(
                    json("{\"Payload\": {\"total\": 12}, \"StatusCode\": 200}")));
    // THEN
    assertThat(execution.outputJson()).isEqualTo(json("{\"total\": 12, \"code\": 200}"));
    HistoryEvent scheduled = events(execution, HistoryEventType.TaskScheduled).get(0);
    assertThat(json(scheduled.details().get("parameters").asText()))
        .isEqualTo(json("{\"FunctionName\": \"f\", \"Payload\": {\"id\": 1}}"));
  }

  @Test
  void exposes_the_context_object() {
    // GIVEN a Pass entered one minute after the start
    String definition =
        """
        {"StartAt": "W", "States": {
          "W": {"Type": "Wait", "Seconds": 60, "Next": "P"},
          "P": {"Type": "Pass", "Parameters": {
            "id.$": "$$.Execution.Id", "name.$": "$$.Execution.Name", "input.$": "$$.Execution.Input",
            "start.$": "$$.Execution.StartTime", "role.$": "$$.Execution.RoleArn",
            "state.$": "$$.State.Name", "entered.$": "$$.State.EnteredTime",
            "machineId.$": "$$.StateMachine.Id", "machineName.$": "$$.StateMachine.Name"}, "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{\"k\": 1}");
    // THEN
    assertThat(execution.outputJson())
        .isEqualTo(
            json(
                """
                {"id": "arn:aws:states:us-east-1:123456789012:execution:Machine:exec", "name": "exec",
                 "input": {"k": 1}, "start": "2024-01-01T00:00:00.000Z",
                 "role": "arn:aws:iam::123456789012:role/sfn-emulator",
                 "state": "P", "entered": "2024-01-01T00:01:00.000Z",
                 "machineId": "arn:aws:states:us-east-1:123456789012:stateMachine:Machine",
                 "machineName": "Machine"}
                """));
  }

  @Test
  void assigns_variables_that_later_states_read() {
    // GIVEN
    String definition =
        """
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Result": {"a": 1}, "Assign": {"x.$": "$.a", "const": "c"}, "Next": "Use"},
          "Use": {"Type": "Pass", "Parameters": {"x.$": "$x", "c.$": "$const"}, "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{}");
    // THEN
    assertThat(execution.outputJson()).isEqualTo(json("{\"x\": 1, \"c\": \"c\"}"));
    HistoryEvent exited = events(execution, HistoryEventType.PassStateExited).get(0);
    assertThat(exited.details().get("assignedVariables"))
        .isEqualTo(json("{\"x\": \"1\", \"const\": \"\\\"c\\\"\"}"));
  }

  @Test
  void a_state_reads_variables_as_they_were_when_it_was_entered() {
    // GIVEN State1 reassigns 'answer' and reads it in InputPath and OutputPath (AWS's own example)
    String definition =
        """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Result": {"theQuestion": "?"},
                     "Assign": {"question.$": "$.theQuestion", "answer": 42}, "Next": "State1"},
          "State1": {"Type": "Pass", "InputPath": "$answer", "ResultPath": "$.theAnswer",
                     "OutputPath": "$answer", "Assign": {"answer": "new"}, "Next": "State2"},
          "State2": {"Type": "Pass", "Parameters": {"now.$": "$answer", "before.$": "$"}, "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{}");
    // THEN
    assertThat(execution.outputJson()).isEqualTo(json("{\"now\": \"new\", \"before\": 42}"));
  }

  static Stream<Arguments> misuse() {
    String prefix =
        "An error occurred while executing the state 'P' (entered at the event id #2). ";
    return Stream.of(
        Arguments.of(
            "InputPath selects nothing",
            "\"InputPath\": \"$.nope\",",
            StatesErrors.RUNTIME,
            prefix + "Invalid path '$.nope' : No results for path: $['nope']"),
        Arguments.of(
            "Parameters path selects nothing",
            "\"Parameters\": {\"v.$\": \"$.nope\"},",
            StatesErrors.RUNTIME,
            prefix
                + "The JSONPath '$.nope' specified for the field 'v.$' could not be found in the input"
                + " '{\"a\":\"s\"}'"),
        Arguments.of(
            "OutputPath selects nothing",
            "\"OutputPath\": \"$.nope\",",
            StatesErrors.RUNTIME,
            prefix + "Invalid path '$.nope' : No results for path: $['nope']"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misuse")
  void fails_as_aws_does_on_misuse(String behaviour, String fields, String error, String cause) {
    Execution execution = run(pass(fields), "{\"a\": \"s\"}");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(error);
    assertThat(execution.cause()).isEqualTo(cause);
  }

  @Test
  void fails_with_result_path_match_failure_when_the_result_cannot_be_placed() {
    // GIVEN a ResultPath below a string
    String definition = pass("\"Result\": 1, \"ResultPath\": \"$.a.b\",");
    // WHEN
    Execution execution = run(definition, "{\"a\": \"s\"}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.RESULT_PATH_MATCH_FAILURE);
  }

  @Test
  void catch_with_states_all_does_not_catch_states_runtime() {
    // GIVEN a Task whose InputPath selects nothing, with a catch-all
    String definition =
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "InputPath": "$.nope",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Succeed"}}}
        """;
    // WHEN
    Execution execution = run(definition, "{}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(execution.statesEntered()).containsExactly("T");
  }

  @Test
  void fail_state_reads_error_and_cause_from_paths() {
    String definition =
        """
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.e", "CausePath": "$.c"}}}
        """;

    Execution execution = run(definition, "{\"e\": \"MyError\", \"c\": \"because\"}");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("MyError");
    assertThat(execution.cause()).isEqualTo("because");
  }

  @Test
  void fail_state_error_path_selecting_nothing_fails_with_runtime_error() {
    String definition =
        """
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.ErrorX", "Cause": "c"}}}
        """;

    Execution execution = run(definition, "{\"a\": 1}");

    assertThat(execution.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(execution.cause())
        .isEqualTo(
            "An error occurred while executing the state 'F' (entered at the event id #2)."
                + " The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in"
                + " the input '{\"a\":1}'");
  }
}
