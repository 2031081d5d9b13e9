package io.github.sfnemulator.benchmarks;

import io.github.sfnemulator.internal.bench.WorkloadCatalog;
import java.nio.file.Path;

/**
 * The shared workloads folder the JMH benchmarks read: system property {@code sfn.workloads}, else
 * {@code ../shared/workloads} or {@code ../../shared/workloads} from the current folder.
 */
public final class WorkloadsFolder {
  private WorkloadsFolder() {}

  /** The folder, or null when the property is unset and neither default exists. */
  public static Path find() {
    String configured = System.getProperty("sfn.workloads");
    if (configured != null) {
      return Path.of(configured);
    }
    return WorkloadCatalog.locate(Path.of("").toAbsolutePath());
  }

  /** The folder; it is an error when there is none. */
  public static Path require() {
    Path found = find();
    if (found == null) {
      throw new IllegalStateException(
          "No workloads.json in ../shared/workloads or ../../shared/workloads; set -Dsfn.workloads=DIR.");
    }
    return found;
  }
}
