package io.github.sfnemulator;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An activity: a Task resource ({@code arn:aws:states:REGION:ACCOUNT:activity:NAME}) whose work is
 * done by a worker that polls {@link StepFunctionsEmulator#getActivityTask}.
 *
 * <pre>{@code
 * Activity activity = emulator.createActivity("approve-order");
 * // a definition's Task state names it: "Resource": "<activity.arn()>"
 * emulator.getActivityTask(activity.arn(), "worker-1", Duration.ofSeconds(5))
 *     .ifPresent(task -> emulator.sendTaskSuccess(task.taskToken(), "{\"approved\":true}"));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Activity(String arn, String name, Instant creationDate) {}
