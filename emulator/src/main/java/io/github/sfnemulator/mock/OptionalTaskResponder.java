package io.github.sfnemulator.mock;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A responder that may decline a call, so that responders can be chained: DSL mocks, then a
 * MockConfigFile test case, then a remote backend.
 *
 * <pre>{@code
 * TaskResponder responder =
 *     mocks.orElse(mockConfig.testCase("OrderMachine", "HappyPath").orElse(awsBackends));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface OptionalTaskResponder {

  /** The response, or empty when this responder does not answer {@code call}. */
  Optional<TaskResponse> tryRespond(TaskCall call);

  /** Answers with this responder, or with {@code fallback} where it declines. */
  default TaskResponder orElse(TaskResponder fallback) {
    return call -> tryRespond(call).orElseGet(() -> fallback.respond(call));
  }
}
