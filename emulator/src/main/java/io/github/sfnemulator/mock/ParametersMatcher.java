package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * A condition on a Task call's effective parameters; built by {@link TaskMocks#equalToJson}, {@link
 * TaskMocks#matchingJsonPath} and {@link TaskMocks#matching}. Used both to pick a mock and to
 * verify calls.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ParametersMatcher {
  boolean matches(JsonNode parameters);

  /** How the matcher reads in a near-miss or verification message. */
  String describe();
}
