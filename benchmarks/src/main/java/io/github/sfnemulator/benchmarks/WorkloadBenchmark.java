package io.github.sfnemulator.benchmarks;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.internal.bench.Expectation;
import io.github.sfnemulator.internal.bench.Workload;
import io.github.sfnemulator.internal.bench.WorkloadCatalog;
import io.github.sfnemulator.internal.bench.WorkloadRunner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One execution of a shared workload per operation, on one emulator per iteration (an emulator
 * keeps every execution, so a fresh one each iteration keeps the heap flat). The workloads folder
 * comes from system property {@code sfn.workloads} (default {@code ../shared/workloads}, else
 * {@code ../../shared/workloads}, from the current folder).
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar                       # all six workloads
 * java -jar benchmarks/target/benchmarks.jar -p workload=pass-chain -f 1 -wi 3 -i 5
 * java -Dsfn.workloads=/path/to/workloads -jar benchmarks/target/benchmarks.jar
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkloadBenchmark {
  @Param({
    "pass-chain",
    "choice-loop",
    "map-3k",
    "parallel-fanout",
    "task-retry-catch",
    "wait-heavy"
  })
  public String workload;

  private Workload loaded;
  private WorkloadRunner runner;

  @Setup(Level.Trial)
  public void load() {
    loaded = WorkloadCatalog.open(WorkloadsFolder.require()).get(workload);
    try (WorkloadRunner check = new WorkloadRunner(loaded)) {
      String mismatch = Expectation.mismatch(loaded, check.execute());
      if (mismatch != null) {
        throw new IllegalStateException(workload + ": " + mismatch);
      }
    }
  }

  @Setup(Level.Iteration)
  public void openEmulator() {
    runner = new WorkloadRunner(loaded);
  }

  @TearDown(Level.Iteration)
  public void closeEmulator() {
    runner.close();
  }

  @Benchmark
  public Execution execution() {
    return runner.execute();
  }
}
