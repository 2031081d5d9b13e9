package io.github.sfnemulator.internal.bench;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times a workload as the peer harness does: an untimed warm-up whose first execution is checked
 * against {@code expect}, then executions one after another on one emulator.
 */
public final class WorkloadBench {
  private final Workload workload;
  private final boolean freshEmulator;

  public WorkloadBench(Workload workload) {
    this(workload, false);
  }

  /** With {@code freshEmulator}, each execution runs on a new emulator ({@link WorkloadRunner}). */
  public WorkloadBench(Workload workload, boolean freshEmulator) {
    this.workload = workload;
    this.freshEmulator = freshEmulator;
  }

  /** Thrown when the first execution does not match the workload's {@code expect}. */
  public static final class ExpectationFailed extends RuntimeException {
    ExpectationFailed(String message) {
      super(message);
    }
  }

  /**
   * Runs {@code warmup} untimed executions (at least the checked first one), then {@code count}
   * timed ones.
   *
   * @throws ExpectationFailed when the first execution differs from {@code expect}
   */
  public BenchResult runSequential(int count, int warmup) {
    try (WorkloadRunner runner = new WorkloadRunner(workload, freshEmulator)) {
      ExecutionStatus expected = checkedFirst(runner);
      for (int i = 1; i < warmup; i++) {
        runner.execute();
      }
      long[] nanos = new long[count];
      int failures = 0;
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        long s = System.nanoTime();
        Execution e = runner.execute();
        nanos[i] = System.nanoTime() - s;
        if (e.status() != expected) {
          failures++;
        }
      }
      return new BenchResult(workload.name(), warmup, nanos, System.nanoTime() - start, failures);
    }
  }

  /**
   * Executions per second with {@code threads} threads, each with its own emulator, {@code count}
   * executions in all after a warm-up.
   */
  public double runConcurrent(int count, int warmup, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<WorkloadRunner> runners = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        runners.add(new WorkloadRunner(workload, freshEmulator));
      }
      runAll(pool, runners, Math.max(warmup, threads));
      long start = System.nanoTime();
      runAll(pool, runners, count);
      double seconds = (System.nanoTime() - start) / 1e9;
      runners.forEach(WorkloadRunner::close);
      return count / seconds;
    } finally {
      pool.shutdownNow();
    }
  }

  private ExecutionStatus checkedFirst(WorkloadRunner runner) {
    Execution first = runner.execute();
    String mismatch = Expectation.mismatch(workload, first);
    if (mismatch != null) {
      throw new ExpectationFailed(workload.name() + ": " + mismatch);
    }
    return first.status();
  }

  private static void runAll(ExecutorService pool, List<WorkloadRunner> runners, int count) {
    List<Future<?>> futures = new ArrayList<>();
    int threads = runners.size();
    for (int t = 0; t < threads; t++) {
      WorkloadRunner runner = runners.get(t);
      int share = count / threads + (t < count % threads ? 1 : 0);
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  runner.execute();
                }
              }));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while benchmarking", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A benchmark thread failed", e.getCause());
    }
  }
}
