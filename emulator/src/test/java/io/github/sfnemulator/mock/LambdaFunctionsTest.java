package io.github.sfnemulator.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;

/**
 * A mock of a Lambda function answers whichever state invokes it. FunctionName takes a name, a name
 * with version or alias, a partial ARN or an ARN (Lambda API reference, Invoke).
 */
class LambdaFunctionsTest {

  @Test
  void every_form_of_function_name_gives_the_name() {
    assertThat(LambdaFunctions.name("charge")).isEqualTo("charge");
    assertThat(LambdaFunctions.name("charge:prod")).isEqualTo("charge");
    assertThat(LambdaFunctions.name("123456789012:function:charge")).isEqualTo("charge");
    assertThat(
            LambdaFunctions.name("arn:aws:lambda:us-east-1:123456789012:function:charge:$LATEST"))
        .isEqualTo("charge");
  }

  @Test
  void selects_function_arn_resources_and_lambda_invoke_by_function_name() {
    // GIVEN
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                TaskMocks.lambdaFunction("arn:aws:lambda:us-east-1:1:function:charge")
                    .willReturn("{\"ok\":1}"));
    TaskCall direct =
        new TaskCall(
            "e",
            "Pay",
            "arn:aws:lambda:eu-west-1:123456789012:function:charge",
            Json.parse("{}"),
            0,
            null);
    TaskCall invoke =
        new TaskCall(
            "e",
            "Other",
            "arn:aws:states:::lambda:invoke",
            Json.parse("{\"FunctionName\":\"charge:live\"}"),
            0,
            null);
    TaskCall sdk =
        new TaskCall(
            "e",
            "Sdk",
            "arn:aws:states:::aws-sdk:lambda:invoke",
            Json.parse("{\"FunctionName\":\"charge\"}"),
            0,
            null);
    TaskCall elsewhere =
        new TaskCall(
            "e",
            "Refund",
            "arn:aws:states:::lambda:invoke",
            Json.parse("{\"FunctionName\":\"refund\"}"),
            0,
            null);

    // WHEN / THEN
    assertThat(mocks.tryRespond(direct)).isPresent();
    assertThat(mocks.tryRespond(invoke)).isPresent();
    assertThat(mocks.tryRespond(sdk)).isPresent();
    assertThat(mocks.tryRespond(elsewhere)).isEmpty();
    mocks.verify(3, TaskMocks.callsToFunction("charge"));
    assertThatThrownBy(
            () ->
                mocks.verify(
                    1,
                    TaskMocks.callsToFunction("refund")
                        .withParameters(TaskMocks.matchingJsonPath("$.x"))))
        .hasMessageStartingWith(
            "Expected 1 call matching lambdaFunction(\"refund\").withParameters(");
  }
}
