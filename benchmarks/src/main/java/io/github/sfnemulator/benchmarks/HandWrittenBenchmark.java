package io.github.sfnemulator.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.benchmarks.handwritten.HandWrittenWorkload;
import io.github.sfnemulator.benchmarks.handwritten.OutputCheck;
import io.github.sfnemulator.internal.bench.Workload;
import io.github.sfnemulator.internal.bench.WorkloadCatalog;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor for {@link WorkloadBenchmark}: per operation, the same data transformations as one
 * execution of the workload's state machine, written by hand over Jackson trees ({@link
 * HandWrittenWorkload}): the input text parsed, the output tree built, no history. Issue 17's
 * "within 3x" is WorkloadBenchmark's time per operation over this one's. Same workloads folder and
 * {@code workload} parameter as WorkloadBenchmark:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'HandWritten|WorkloadBenchmark' -p workload=wait-heavy
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HandWrittenBenchmark {
  @Param({
    "pass-chain",
    "choice-loop",
    "map-3k",
    "parallel-fanout",
    "task-retry-catch",
    "wait-heavy"
  })
  public String workload;

  private String input;
  private HandWrittenWorkload handWritten;

  @Setup(Level.Trial)
  public void load() {
    Workload loaded = WorkloadCatalog.open(WorkloadsFolder.require()).get(workload);
    input = loaded.input();
    handWritten = HandWrittenWorkload.of(loaded);
    String mismatch = OutputCheck.mismatch(loaded, handWritten.run(input));
    if (mismatch != null) {
      throw new IllegalStateException(mismatch);
    }
  }

  @Benchmark
  public JsonNode run() {
    return handWritten.run(input);
  }
}
