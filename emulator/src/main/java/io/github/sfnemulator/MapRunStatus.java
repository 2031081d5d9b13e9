package io.github.sfnemulator;

import org.apiguardian.api.API;

/**
 * The status of a Distributed Map's Map Run, as {@code DescribeMapRun} names it.
 *
 * <pre>{@code
 * MapRun run = emulator.describeMapRun(mapRunArn);
 * if (run.status() == MapRunStatus.RUNNING) {
 *   emulator.updateMapRun(mapRunArn, 10, null, null);
 * }
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum MapRunStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  ABORTED
}
