package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.bench.Workload;
import io.github.sfnemulator.internal.bench.WorkloadMocks;

/**
 * One shared workload's state machine written by hand in Java: the same data transformations, from
 * the input text to the output tree, with no execution, history, events or timestamps. It is the
 * floor the emulator's throughput is compared with (issue 17: "within 3x").
 *
 * <pre>{@code
 * Workload w = WorkloadCatalog.open(Path.of("../shared/workloads")).get("pass-chain");
 * JsonNode output = HandWrittenWorkload.of(w).run(w.input());
 * }</pre>
 *
 * <p>Implementations are stateless, so one instance serves any number of runs and threads.
 */
public interface HandWrittenWorkload {
  /**
   * Parses {@code input} (JSON text, as an execution receives it) and returns what the state
   * machine outputs.
   *
   * @throws StatesFailure when the state machine would fail, with its error name
   */
  JsonNode run(String input);

  /** The hand-written version of {@code workload}, answering its Task states from its mocks. */
  static HandWrittenWorkload of(Workload workload) {
    return switch (workload.name()) {
      case "pass-chain" -> new PassChain();
      case "choice-loop" -> new ChoiceLoop();
      case "map-3k" -> new Map3k();
      case "parallel-fanout" -> new ParallelFanout();
      case "task-retry-catch" -> new TaskRetryCatch(new WorkloadMocks(workload.mocks()));
      case "wait-heavy" -> new WaitHeavy();
      default ->
          throw new IllegalArgumentException(
              "No hand-written version of workload '"
                  + workload.name()
                  + "'; there are: pass-chain, choice-loop, map-3k, parallel-fanout,"
                  + " task-retry-catch, wait-heavy. Write one in "
                  + HandWrittenWorkload.class.getPackageName()
                  + ".");
    };
  }
}
