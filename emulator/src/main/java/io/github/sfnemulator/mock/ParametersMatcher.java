package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * A condition on a Task call's effective parameters; built by {@link TaskMocks#equalToJson}, {@link
 * TaskMocks#matchingJsonPath} and {@link TaskMocks#matching}. Used both to pick a mock and to
 * verify calls.
 *
 * <pre>{@code
 * ParametersMatcher bigOrder =
 *     matching(parameters -> parameters.path("amount").asInt() > 1000, "amount over 1000");
 * mocks.stubFor(lambda("Charge").withParameters(bigOrder).willThrow(lambdaError("Card.Declined", "limit")));
 * mocks.stubFor(state("Notify").withParameters(equalToJson("{\"Message\":\"done\"}")).willReturn("{}"));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ParametersMatcher {
  boolean matches(JsonNode parameters);

  /** How the matcher reads in a near-miss or verification message. */
  String describe();
}
