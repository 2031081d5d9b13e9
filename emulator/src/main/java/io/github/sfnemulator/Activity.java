package io.github.sfnemulator;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An activity: a Task resource ({@code arn:aws:states:REGION:ACCOUNT:activity:NAME}) whose work is
 * done by a worker that polls {@link StepFunctionsEmulator#getActivityTask}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Activity(String arn, String name, Instant creationDate) {}
