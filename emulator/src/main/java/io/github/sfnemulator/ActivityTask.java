package io.github.sfnemulator;

import org.apiguardian.api.API;

/**
 * Work handed to an activity worker: the token to answer with ({@link
 * StepFunctionsEmulator#sendTaskSuccess}, {@code sendTaskFailure}, {@code sendTaskHeartbeat}) and
 * the task's input as JSON text.
 *
 * <pre>{@code
 * emulator.getActivityTask(activity.arn(), "worker-1", Duration.ofSeconds(5))
 *     .ifPresent(task -> emulator.sendTaskSuccess(task.taskToken(), "{\"done\":true}"));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ActivityTask(String taskToken, String input) {}
