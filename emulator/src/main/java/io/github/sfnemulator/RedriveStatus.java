package io.github.sfnemulator;

import org.apiguardian.api.API;

/**
 * Whether {@code RedriveExecution} would accept an execution now, as {@code DescribeExecution}'s
 * {@code redriveStatus} says.
 *
 * <pre>{@code
 * if (execution.redriveStatus() == RedriveStatus.REDRIVABLE) {
 *   execution.redrive().await();
 * }
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum RedriveStatus {
  REDRIVABLE,
  NOT_REDRIVABLE,
  /** A Distributed Map's child execution, redriven by redriving its parent. */
  REDRIVABLE_BY_MAP_RUN
}
