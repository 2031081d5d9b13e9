package io.github.sfnemulator.benchmarks;

import io.github.sfnemulator.internal.bench.BenchResult;
import io.github.sfnemulator.internal.bench.Workload;
import io.github.sfnemulator.internal.bench.WorkloadBench;
import io.github.sfnemulator.internal.bench.WorkloadCatalog;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The build's benchmark report, never a gate: every shared workload once at its prescribed count in
 * this fresh JVM (the cold figure), printed as a table and kept as JSON lines under {@code
 * benchmarks/results/ci/}. {@code mvn verify} runs it in the benchmarks module; {@code
 * -DskipBenchReport} leaves it out. Without the shared workloads it says so and ends.
 */
public final class CiReport {
  private CiReport() {}

  public static void main(String[] args) throws IOException {
    Path resultsDir = Path.of(args.length > 0 ? args[0] : "results/ci");
    Path workloads = WorkloadCatalog.locate(Path.of("").toAbsolutePath());
    if (workloads == null) {
      System.out.println(
          "[bench report] no shared workloads next to this checkout (../shared/workloads): no report.");
      return;
    }
    WorkloadCatalog catalog = WorkloadCatalog.open(workloads);
    List<String> lines = new ArrayList<>();
    System.out.println(
        "[bench report] each workload at its prescribed count, in a fresh JVM (cold; a report, not a gate)");
    System.out.println(
        String.format(
            Locale.ROOT,
            "[bench report] %-18s %10s %9s %14s %9s %9s",
            "workload",
            "executions",
            "seconds",
            "executions/s",
            "p50 us",
            "p99 us"));
    for (String name : catalog.names()) {
      Workload workload = catalog.get(name);
      int count = workload.executions();
      BenchResult result =
          new WorkloadBench(workload).runSequential(count, Math.max(1, count / 10));
      lines.add(
          Json.write(
              result
                  .toJson()
                  .put("mode", "ci-cold")
                  .put("java", System.getProperty("java.version"))));
      System.out.println(
          String.format(
              Locale.ROOT,
              "[bench report] %-18s %10d %9.3f %14.1f %9d %9d",
              name,
              count,
              result.seconds(),
              result.executionsPerSecond(),
              result.percentileMicros(50),
              result.percentileMicros(99)));
    }
    Files.createDirectories(resultsDir);
    String stamp =
        DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    Path file = resultsDir.resolve(stamp + ".jsonl");
    Files.write(file, lines);
    System.out.println("[bench report] written to " + file.toAbsolutePath().normalize());
  }
}
