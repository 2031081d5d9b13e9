package io.github.sfnemulator.fuzz;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import io.github.sfnemulator.validation.DefinitionException;
import io.github.sfnemulator.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one {@link FuzzCase} through {@code validate}, {@code createStateMachine}, {@code
 * startExecution} and {@code await}, and classifies what happened. The allowed outcomes are a
 * diagnostic (and then {@code createStateMachine} refuses with {@link DefinitionException}), a
 * documented {@link SfnApiException}, or an execution that ends. Anything else escapes: another
 * exception, an {@link Error}, {@code validate} and {@code createStateMachine} disagreeing, or no
 * end within {@link #BOUND} of real time. An escape is saved under {@code target/fuzz-failures} and
 * fails the property with the reproduction.
 */
final class FuzzRunner {
  /** Real time one case may take; every allowed outcome takes milliseconds. */
  static final Duration BOUND = Duration.ofSeconds(10);

  private static final Path FAILURES = Path.of("target", "fuzz-failures");
  private static final Map<String, LongAdder> OUTCOMES = new ConcurrentHashMap<>();

  /** Task states echo their parameters, or fail when the parameters ask to. */
  private static final TaskResponder RESPONDER =
      call ->
          call.parameters() != null && call.parameters().has("fail")
              ? TaskResponse.throwing("Lambda.ServiceException", "asked to fail")
              : TaskResponse.returning(call.parameters());

  private static final EmulatorOptions OPTIONS =
      EmulatorOptions.newBuilder().taskResponder(RESPONDER).build();

  /** Cases slower than this are listed by {@link #slowCases()}: where the throughput goes. */
  private static final long SLOW_NANOS = 250_000_000L;

  private static final java.util.Queue<String> SLOW =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private Thread workerThread;
  private ExecutorService worker = newWorker();

  /**
   * Runs the case and returns its outcome's kind, e.g. {@code diagnostic} or {@code
   * ended:FAILED:States.Runtime}.
   *
   * @throws AssertionError when the case escapes, with the saved reproduction's path
   */
  String run(FuzzCase fuzzCase) {
    long started = System.nanoTime();
    Future<String> outcome = worker.submit(() -> classify(fuzzCase));
    try {
      String kind = outcome.get(BOUND.toMillis() + 2_000, TimeUnit.MILLISECONDS);
      count(kind);
      if (System.nanoTime() - started > SLOW_NANOS) {
        SLOW.add(((System.nanoTime() - started) / 1_000_000) + " ms " + kind + ": " + fuzzCase);
      }
      return kind;
    } catch (TimeoutException e) {
      stopStuckWorker();
      throw escape(fuzzCase, "no outcome within " + BOUND + " (hang)", null);
    } catch (ExecutionException e) {
      throw escape(fuzzCase, "escaped: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String classify(FuzzCase fuzzCase) {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(OPTIONS)) {
      boolean valid =
          emulator.validate(fuzzCase.definition()).diagnostics().stream()
              .noneMatch(d -> d.severity() == Severity.ERROR);
      StateMachine machine;
      try {
        machine = emulator.createStateMachine("Fuzz", fuzzCase.definition());
      } catch (DefinitionException e) {
        if (valid) {
          throw new Disagreement(
              "validate() found no error, createStateMachine refused: " + e.getMessage());
        }
        return "diagnostic";
      }
      if (!valid) {
        throw new Disagreement("validate() found an error, createStateMachine accepted");
      }
      Execution execution;
      try {
        execution = emulator.startExecution(machine.arn(), "fuzz", fuzzCase.input());
      } catch (SfnApiException e) {
        return "api:" + e.errorCode();
      }
      Execution ended = execution.await(BOUND);
      if (!ended.status().isTerminal()) {
        throw new IllegalStateException("await returned a RUNNING execution");
      }
      String error = ended.error();
      // A Fail state's own error names (generated, so endless in variety) count as one kind.
      return "ended:"
          + ended.status()
          + (error == null
              ? ""
              : error.startsWith("States.") ? ":" + error : ":(a Fail state's own error)");
    }
  }

  private static AssertionError escape(FuzzCase fuzzCase, String what, Throwable cause) {
    count("ESCAPE");
    String saved = save(fuzzCase);
    return new AssertionError(
        what + "\n  reproduction saved to " + saved + "\n  case: " + fuzzCase, cause);
  }

  private static String save(FuzzCase fuzzCase) {
    try {
      Files.createDirectories(FAILURES);
      Path file =
          FAILURES.resolve(
              fuzzCase.target()
                  + "-"
                  + Integer.toHexString(fuzzCase.toJson().hashCode())
                  + ".json");
      Files.writeString(file, fuzzCase.toJson());
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void count(String kind) {
    OUTCOMES.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  /** The outcomes so far, by kind, over every runner in this JVM. */
  static Map<String, Long> outcomes() {
    Map<String, Long> sorted = new TreeMap<>();
    OUTCOMES.forEach((kind, n) -> sorted.put(kind, n.sum()));
    return sorted;
  }

  /** The cases that took longer than a quarter of a second, with their time and outcome. */
  static List<String> slowCases() {
    return List.copyOf(SLOW);
  }

  void close() {
    worker.shutdownNow();
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "fuzz-case");
          thread.setDaemon(true);
          workerThread = thread;
          return thread;
        });
  }

  /**
   * A hung case's thread would go on spinning and slow every case after it, until they too pass the
   * bound. Its emulator is its own, so nothing shared is left half-done: stop it (Java 17 still
   * allows it; this is a test harness) and go on with a fresh thread.
   */
  @SuppressWarnings({"removal", "deprecation"})
  private void stopStuckWorker() {
    worker.shutdownNow();
    Thread stuck = workerThread;
    if (stuck != null) {
      stuck.stop();
    }
    worker = newWorker();
  }

  /** {@code validate()} and {@code createStateMachine} decided differently: issue 14 item 4. */
  static final class Disagreement extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Disagreement(String message) {
      super(message);
    }
  }
}
