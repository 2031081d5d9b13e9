package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A mock being declared: which calls it answers ({@link TaskMocks#state}, {@link TaskMocks#lambda},
 * {@link TaskMocks#resource}, {@link #withParameters}) and its answers in order, the last one
 * repeating. Register it with {@link TaskMocks#stubFor}.
 *
 * <pre>{@code
 * mocks.stubFor(lambda("ChargeCard")
 *     .withParameters(matchingJsonPath("$.Payload.amount"))
 *     .willThrow(lambdaError("Lambda.TooManyRequestsException", "Rate Exceeded."))
 *     .thenReturn(lambdaInvokeResult("{\"charged\":true}")));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockBuilder {
  private CallPattern pattern;
  private final List<TaskResponder> answers = new ArrayList<>();

  MockBuilder(CallPattern pattern) {
    this.pattern = pattern;
  }

  public MockBuilder withParameters(ParametersMatcher matcher) {
    pattern = pattern.withParameters(Objects.requireNonNull(matcher, "matcher"));
    return this;
  }

  /** Answers with {@code result}, the task result before ResultSelector and ResultPath. */
  public MockBuilder willReturn(JsonNode result) {
    Objects.requireNonNull(result, "result");
    return willRespond(TaskResponse.returning(result));
  }

  /** Answers with the JSON text {@code resultJson}. */
  public MockBuilder willReturn(String resultJson) {
    return willReturn(Json.parse(resultJson));
  }

  public MockBuilder willThrow(String error, String cause) {
    return willRespond(TaskResponse.throwing(Objects.requireNonNull(error, "error"), cause));
  }

  public MockBuilder willThrow(TaskResponse.Throw error) {
    return willRespond(error);
  }

  /** The task times out ({@code States.Timeout}). */
  public MockBuilder willTimeOut() {
    return willRespond(new TaskResponse.Timeout());
  }

  /**
   * Answers a callback task ({@code .waitForTaskToken}): the call returns, and the worker that
   * received the token later heartbeats, completes or fails it at the callback's virtual times.
   *
   * <pre>{@code
   * mocks.stubFor(state("AskApproval")
   *     .willCompleteToken(tokenSuccess("{\"approved\":true}").after(Duration.ofHours(2))));
   * }</pre>
   */
  public MockBuilder willCompleteToken(TokenCallback callback) {
    return willRespond(Objects.requireNonNull(callback, "callback"));
  }

  public MockBuilder thenCompleteToken(TokenCallback callback) {
    return willCompleteToken(callback);
  }

  public MockBuilder willRespond(TaskResponse response) {
    Objects.requireNonNull(response, "response");
    return willAnswer(call -> response);
  }

  /** Computes the answer from the call (its parameters, invocation number, token). */
  public MockBuilder willAnswer(TaskResponder answer) {
    answers.add(Objects.requireNonNull(answer, "answer"));
    return this;
  }

  public MockBuilder thenReturn(JsonNode result) {
    return willReturn(result);
  }

  public MockBuilder thenReturn(String resultJson) {
    return willReturn(resultJson);
  }

  public MockBuilder thenThrow(String error, String cause) {
    return willThrow(error, cause);
  }

  public MockBuilder thenThrow(TaskResponse.Throw error) {
    return willThrow(error);
  }

  public MockBuilder thenTimeOut() {
    return willTimeOut();
  }

  public MockBuilder thenAnswer(TaskResponder answer) {
    return willAnswer(answer);
  }

  Stub build() {
    if (answers.isEmpty()) {
      throw new IllegalStateException(
          "The mock "
              + pattern
              + " has no answer: add willReturn, willThrow, willCompleteToken or willAnswer.");
    }
    return new Stub(pattern, answers);
  }
}
