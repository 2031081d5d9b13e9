package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parameters one call of a Task state must have been made with (the effective parameters, as
 * the TaskScheduled event records them). Give one of the two, or neither to only require the call.
 *
 * <pre>{@code
 * expect:
 *   calls:
 *     SendConfirmation:
 *       - parametersContain: {MessageBody: {orderId: o-1}}   # the 1st call
 *       - {}                                                 # a 2nd call was made
 * }</pre>
 *
 * @param parameters the whole parameters, compared as JSON (numbers by value)
 * @param parametersContain a subset of the parameters: objects may have more fields; arrays need
 *     the same length, each element containing the expected one
 */
public record ExpectedCall(JsonNode parameters, JsonNode parametersContain) {}
