package io.github.sfnemulator;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One child workflow execution of a Map Run (one iteration, or one batch under ItemBatcher), as
 * {@code ListExecutions} with a {@code mapRunArn} lists it. The emulator runs a Distributed Map's
 * iterations inside the parent execution, so these are views of its iterations, not executions of
 * their own: {@code DescribeExecution} does not know their ARNs. Iterations still waiting for a
 * free slot (MaxConcurrency) are not listed: their executions have not started.
 *
 * <pre>{@code
 * List<MapRunExecution> failed = emulator.listMapRunExecutions(run.arn()).stream()
 *     .filter(e -> e.status() == ExecutionStatus.FAILED)
 *     .toList();
 * }</pre>
 *
 * @param arn {@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE/LABEL:NAME}
 * @param stopDate null until it ends
 * @param itemCount the items it processes (the batch size under ItemBatcher, else 1)
 * @param redriveCount how many times a redrive of the parent ran it again
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record MapRunExecution(
    String arn,
    String stateMachineArn,
    String name,
    String mapRunArn,
    ExecutionStatus status,
    Instant startDate,
    Instant stopDate,
    int itemCount,
    int redriveCount,
    Instant redriveDate) {}
