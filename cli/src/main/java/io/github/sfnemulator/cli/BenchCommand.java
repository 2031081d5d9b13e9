package io.github.sfnemulator.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.bench.BenchResult;
import io.github.sfnemulator.internal.bench.Workload;
import io.github.sfnemulator.internal.bench.WorkloadBench;
import io.github.sfnemulator.internal.bench.WorkloadCatalog;
import io.github.sfnemulator.internal.json.Json;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench NAME}: runs a shared peer-benchmark workload and prints one JSON line with the
 * fields of the peer harness, {@code {workload, executions, seconds, executions_per_sec, p50_us,
 * p99_us, ...}}. Executions run one after another on one emulator whose state machine is created
 * once, as the peer harness runs one machine object.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks a workload of the shared workloads.json and prints one JSON line.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the first execution differs from the workload's expect, or a timed one ended otherwise",
      "2:bad arguments or workload files"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "Workload name in workloads.json.")
  String name;

  @Option(
      names = "--workloads",
      paramLabel = "DIR",
      description =
          "Folder with workloads.json (or the file itself); default ../shared/workloads,"
              + " else ../../shared/workloads.")
  Path workloads;

  @Option(
      names = "--executions",
      paramLabel = "N",
      description = "Timed executions; default the workload's count.")
  Integer executions;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "Untimed executions first; default 10%% of the count.")
  Integer warmup;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Also measure throughput with N threads, each with its own emulator.")
  Integer concurrency;

  @Option(
      names = "--fresh-emulator",
      description = "A new emulator and state machine for every execution, instead of one for all.")
  boolean freshEmulator;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Workload workload;
    try {
      workload = WorkloadCatalog.open(workloadsDir()).get(name);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("bench: " + e.getMessage());
      err.flush();
      return 2;
    }
    int count = executions != null ? executions : workload.executions();
    int warm = warmup != null ? warmup : (int) Math.ceil(count * 0.1);
    if (count < 1 || warm < 0 || (concurrency != null && concurrency < 1)) {
      err.println("bench: --executions and --concurrency must be at least 1, --warmup at least 0.");
      err.flush();
      return 2;
    }
    WorkloadBench bench = new WorkloadBench(workload, freshEmulator);
    BenchResult result;
    try {
      result = bench.runSequential(count, warm);
    } catch (WorkloadBench.ExpectationFailed e) {
      err.println("bench: the first execution does not match the expectation: " + e.getMessage());
      err.flush();
      return 1;
    }
    ObjectNode line = result.toJson();
    if (concurrency != null) {
      line.put("concurrency", concurrency);
      double perSecond = bench.runConcurrent(count, warm, concurrency);
      line.put("concurrent_executions_per_sec", Math.round(perSecond * 100) / 100.0);
    }
    line.put(
        "emulator",
        freshEmulator ? "fresh per execution" : "one for all executions, none retained");
    line.put("runner", "sfn-emulator@" + version());
    line.put("java", System.getProperty("java.version"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(Json.write(line));
    out.flush();
    return result.failures() == 0 ? 0 : 1;
  }

  private Path workloadsDir() {
    if (workloads != null) {
      return workloads;
    }
    Path found = WorkloadCatalog.locate(Path.of("").toAbsolutePath());
    if (found == null) {
      throw new IllegalArgumentException(
          "No workloads.json in ../shared/workloads or ../../shared/workloads; pass --workloads DIR.");
    }
    return found;
  }

  private static String version() {
    String v = BenchCommand.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
