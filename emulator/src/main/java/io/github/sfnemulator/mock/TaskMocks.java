package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * In-JVM mocks of Task states, in the style of WireMock: declare mocks with static builders, answer
 * Task calls, record every call for verification. Thread-safe; make one per test.
 *
 * <pre>{@code
 * TaskMocks mocks = TaskMocks.create();
 * mocks.stubFor(lambda("ChargeCard")
 *     .willThrow(lambdaError("Lambda.TooManyRequestsException", "Rate Exceeded."))
 *     .thenReturn(lambdaInvokeResult("{\"charged\":true}")));
 * mocks.stubFor(state("Notify").withParameters(matchingJsonPath("$.Message")).willReturn("{}"));
 * // a callback task (.waitForTaskToken): the token is completed two virtual hours after the call
 * mocks.stubFor(state("AskApproval")
 *     .willCompleteToken(tokenSuccess("{\"approved\":true}").after(Duration.ofHours(2))));
 * // ... run the execution with mocks (or mocks.orElse(otherResponder)) as its TaskResponder ...
 * mocks.verify(2, invocationsOf("ChargeCard"));
 * }</pre>
 *
 * <p>The mock declared last wins when several match. A call that no mock selects by state name or
 * resource is declined ({@link #tryRespond}) so a chained responder can answer it; a call that some
 * mock selects but none matches fails with a near-miss message naming the closest mock.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskMocks implements TaskResponder, OptionalTaskResponder {
  private static final String LAMBDA_METADATA =
      "{\"AllHttpHeaders\":{\"X-Amz-Executed-Version\":[\"$LATEST\"],\"Content-Type\":[\"application/json\"]},"
          + "\"HttpHeaders\":{\"Content-Type\":\"application/json\",\"X-Amz-Executed-Version\":\"$LATEST\"},"
          + "\"HttpStatusCode\":200}";

  private final List<Stub> stubs = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<TaskCall> calls = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> unmatched = new ConcurrentLinkedQueue<>();

  private TaskMocks() {}

  public static TaskMocks create() {
    return new TaskMocks();
  }

  // ---- declaring mocks

  /** Calls by the Task state named {@code stateName}, whatever its resource. */
  public static MockBuilder state(String stateName) {
    return new MockBuilder(invocationsOf(stateName));
  }

  /** Calls by the Task state {@code stateName} to Lambda (lambda:invoke or a function ARN). */
  public static MockBuilder lambda(String stateName) {
    return new MockBuilder(
        new CallPattern(Objects.requireNonNull(stateName, "stateName"), null, true, List.of()));
  }

  /**
   * Calls to the Lambda function {@code function} from any state: a direct function ARN resource,
   * or {@code lambda:invoke} with that {@code FunctionName}. Give a name or an ARN; versions,
   * aliases, regions and accounts are ignored.
   *
   * <pre>{@code
   * mocks.stubFor(lambdaFunction("charge-card").willReturn(lambdaInvokeResult("{\"ok\":true}")));
   * }</pre>
   */
  public static MockBuilder lambdaFunction(String function) {
    return new MockBuilder(callsToFunction(function));
  }

  /** Calls to the resource ARN {@code resource} from any state. */
  public static MockBuilder resource(String resource) {
    return new MockBuilder(callsTo(resource));
  }

  /** Registers {@code mock}; returns this for chaining. */
  public TaskMocks stubFor(MockBuilder mock) {
    stubs.add(mock.build());
    return this;
  }

  /** Forgets every mock and every recorded call. */
  public void reset() {
    stubs.clear();
    calls.clear();
    unmatched.clear();
  }

  // ---- matchers

  public static ParametersMatcher equalToJson(String json) {
    return JsonMatchers.equalTo(Json.parse(json));
  }

  public static ParametersMatcher equalToJson(JsonNode json) {
    return JsonMatchers.equalTo(json);
  }

  /** The path selects something (a non-empty result for paths with wildcards or filters). */
  public static ParametersMatcher matchingJsonPath(String path) {
    return JsonMatchers.jsonPath(path, null);
  }

  /** The value the path selects satisfies {@code valueMatcher}. */
  public static ParametersMatcher matchingJsonPath(String path, ParametersMatcher valueMatcher) {
    return JsonMatchers.jsonPath(path, Objects.requireNonNull(valueMatcher, "valueMatcher"));
  }

  public static ParametersMatcher matching(Predicate<JsonNode> predicate, String description) {
    return JsonMatchers.predicate(predicate, description);
  }

  // ---- fixtures

  /** The lambda:invoke result around {@code payload}: StatusCode 200, $LATEST and HTTP metadata. */
  public static JsonNode lambdaInvokeResult(JsonNode payload) {
    ObjectNode r = Json.NODES.objectNode();
    r.put("ExecutedVersion", "$LATEST");
    r.set("Payload", payload);
    r.set("SdkHttpMetadata", Json.parse(LAMBDA_METADATA));
    r.set(
        "SdkResponseMetadata",
        Json.parse("{\"RequestId\":\"00000000-0000-0000-0000-000000000000\"}"));
    r.put("StatusCode", 200);
    return r;
  }

  public static JsonNode lambdaInvokeResult(String payloadJson) {
    return lambdaInvokeResult(Json.parse(payloadJson));
  }

  /**
   * A Lambda failure, e.g. {@code lambdaError("Lambda.TooManyRequestsException", "Rate
   * Exceeded.")}.
   */
  public static TaskResponse.Throw lambdaError(String error, String cause) {
    return new TaskResponse.Throw(error, cause);
  }

  /** A function error as Step Functions reports it: errorType as the error, payload as cause. */
  public static TaskResponse.Throw lambdaFunctionError(String errorType, String errorMessage) {
    ObjectNode payload = Json.NODES.objectNode();
    payload.put("errorMessage", errorMessage);
    payload.put("errorType", errorType);
    return new TaskResponse.Throw(errorType, Json.write(payload));
  }

  /**
   * The worker of a callback task sends {@code SendTaskSuccess} with {@code outputJson}; at once
   * unless {@link TokenCallback#after}. Use with {@link MockBuilder#willCompleteToken}.
   */
  public static TokenCallback tokenSuccess(String outputJson) {
    return TokenCallback.success(Json.parse(outputJson));
  }

  public static TokenCallback tokenSuccess(JsonNode output) {
    return TokenCallback.success(output);
  }

  /**
   * The worker of a callback task sends {@code SendTaskFailure} with {@code error} and {@code
   * cause}.
   */
  public static TokenCallback tokenFailure(String error, String cause) {
    return TokenCallback.failure(error, cause);
  }

  // ---- answering

  @Override
  public Optional<TaskResponse> tryRespond(TaskCall call) {
    calls.add(call);
    List<Stub> selecting = new ArrayList<>();
    for (int i = stubs.size() - 1; i >= 0; i--) {
      Stub s = stubs.get(i);
      if (s.pattern.matches(call)) {
        return Optional.of(s.answer(call));
      }
      if (s.pattern.selects(call)) {
        selecting.add(s);
      }
    }
    if (selecting.isEmpty()) {
      return Optional.empty();
    }
    throw unmatched(nearMiss(call, selecting));
  }

  /**
   * Answers {@code call}, or fails the execution (States.Runtime) with a message that says how to
   * mock the state, or which mock came closest.
   */
  @Override
  public TaskResponse respond(TaskCall call) {
    return tryRespond(call).orElseThrow(() -> unmatched(noMock(call)));
  }

  private StatesException unmatched(String message) {
    unmatched.add(message);
    return new StatesException(StatesErrors.RUNTIME, message);
  }

  private static String nearMiss(TaskCall call, List<Stub> candidates) {
    CallPattern p =
        candidates.stream()
            .min(Comparator.comparingInt(s -> s.pattern.mismatches(call).size()))
            .orElseThrow()
            .pattern;
    return "No mock matched Task state '"
        + call.stateName()
        + "' (Resource "
        + call.resource()
        + "). Closest mock was: "
        + p
        + "; expected "
        + String.join("; expected ", p.mismatches(call));
  }

  /** No mock selects the call's state or resource: say how to add one. */
  private String noMock(TaskCall call) {
    String example =
        CallPattern.isLambda(call.resource()) && call.taskToken() == null
            ? "lambda(\"" + call.stateName() + "\").willReturn(" + lambdaResult(call) + ")"
            : call.taskToken() != null
                ? "state(\"" + call.stateName() + "\").willCompleteToken(tokenSuccess(\"{}\"))"
                : "state(\"" + call.stateName() + "\").willReturn(\"{}\")";
    List<String> registered = stubs.stream().map(s -> s.pattern.toString()).toList();
    return "No mock for Task state '"
        + call.stateName()
        + "' (Resource "
        + call.resource()
        + "). Mock it, e.g. mocks.stubFor("
        + example
        + "). "
        + (registered.isEmpty()
            ? "No mocks are registered."
            : "Mocks registered: " + String.join(", ", registered) + ".");
  }

  /** lambda:invoke returns the invoke result around the payload; a function ARN the payload. */
  private static String lambdaResult(TaskCall call) {
    return call.resource().contains(":states:::lambda:invoke")
        ? "lambdaInvokeResult(\"{}\")"
        : "\"{}\"";
  }

  // ---- verifying

  /** Calls by the Task state named {@code stateName}. */
  public static CallPattern invocationsOf(String stateName) {
    return new CallPattern(Objects.requireNonNull(stateName, "stateName"), null, false, List.of());
  }

  /** Calls to the resource ARN {@code resource}. */
  public static CallPattern callsTo(String resource) {
    return new CallPattern(null, Objects.requireNonNull(resource, "resource"), false, List.of());
  }

  /** Calls to the Lambda function {@code function} (a name or ARN), from any state. */
  public static CallPattern callsToFunction(String function) {
    return CallPattern.function(Objects.requireNonNull(function, "function"));
  }

  /** Every call answered or declined so far, in arrival order. */
  public List<TaskCall> calls() {
    return List.copyOf(calls);
  }

  public List<TaskCall> findAll(CallPattern pattern) {
    return calls.stream().filter(pattern::matches).toList();
  }

  /**
   * Fails with an {@link AssertionError} unless exactly {@code times} calls match {@code pattern}.
   */
  public void verify(int times, CallPattern pattern) {
    List<TaskCall> found = findAll(pattern);
    if (found.size() != times) {
      StringBuilder b =
          new StringBuilder("Expected ")
              .append(times)
              .append(times == 1 ? " call matching " : " calls matching ")
              .append(pattern)
              .append(" but found ")
              .append(found.size())
              .append('.');
      if (!calls.isEmpty()) {
        b.append(" Calls received:");
        calls.forEach(
            c ->
                b.append("\n  ")
                    .append(c.stateName())
                    .append(" #")
                    .append(c.invocation())
                    .append(" ")
                    .append(c.parameters()));
      }
      throw new AssertionError(b.toString());
    }
  }

  /**
   * Fails with an {@link AssertionError} if a call failed for want of a mock: no mock selected its
   * state or resource, or one did but its parameters did not match. The message has one line per
   * distinct problem, as the execution's {@code States.Runtime} cause gave it. Calls declined for a
   * chained responder ({@link #orElse}) do not count.
   */
  public void verifyNoUnmatchedCalls() {
    if (!unmatched.isEmpty()) {
      throw new AssertionError(
          String.join(System.lineSeparator(), unmatched.stream().distinct().toList()));
    }
  }

  /** Fails unless at least one call matches {@code pattern}. */
  public void verify(CallPattern pattern) {
    if (findAll(pattern).isEmpty()) {
      throw new AssertionError(
          "Expected at least one call matching " + pattern + " but found none.");
    }
  }
}
