package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * One call a Task state makes to its resource, as a {@link TaskResponder} sees it.
 *
 * <pre>{@code
 * TaskResponder echo = call -> call.invocation() == 0
 *     ? TaskResponse.throwing("States.TaskFailed", "first attempt of " + call.stateName())
 *     : TaskResponse.returning(call.parameters());
 * TaskCall first = mocks.findAll(invocationsOf("Charge")).get(0); // what the state was called with
 * }</pre>
 *
 * @param executionArn the execution making the call
 * @param stateName the Task state's name
 * @param resource the state's Resource ARN
 * @param parameters the effective parameters (after InputPath and Parameters, or Arguments)
 * @param invocation 0-based count of earlier calls by this state in this execution (retries, loops
 *     and Map iterations all count)
 * @param taskToken the task token for {@code .waitForTaskToken} resources, else null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TaskCall(
    String executionArn,
    String stateName,
    String resource,
    JsonNode parameters,
    int invocation,
    String taskToken) {}
