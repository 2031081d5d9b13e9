package io.github.sfnemulator.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * What an expression can see while a state runs: {@code $} (the input), {@code $$} (the context
 * object), workflow variables and, in JSONata, {@code $states.result} and {@code
 * $states.errorOutput}. Implemented by the interpreter; the context object may be built lazily.
 */
public interface EvaluationScope {

  /** The current input ({@code $} in JSONPath, {@code $states.input} in JSONata). */
  JsonNode input();

  /** The context object ({@code $$} in JSONPath, {@code $states.context} in JSONata). */
  JsonNode context();

  /** The value of workflow variable {@code name}, or {@code null} when it is not defined. */
  JsonNode variable(String name);

  /** The task result where one exists ({@code $states.result}), else {@code null}. */
  default JsonNode result() {
    return null;
  }

  /** The error output inside a Catch ({@code $states.errorOutput}), else {@code null}. */
  default JsonNode errorOutput() {
    return null;
  }

  /** Source of randomness for UUIDs and random numbers; seeded per execution for determinism. */
  RandomGenerator random();

  /**
   * The time {@code $now()} and {@code $millis()} report: the emulator's clock, virtual or real.
   */
  default Instant now() {
    return Instant.now();
  }
}
