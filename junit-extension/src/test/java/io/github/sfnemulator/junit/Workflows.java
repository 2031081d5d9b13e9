package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs test definitions on a fresh emulator; the same inputs give the same history every time. */
final class Workflows {
  private Workflows() {}

  static String definition(String resource) {
    try (InputStream in = Workflows.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Execution run(String definition, String input, TaskResponder responder) {
    StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(responder).build());
    String arn = emulator.createStateMachine("test", definition).arn();
    return emulator.startExecution(arn, "run-1", input).await();
  }

  /** order.asl.json where Charge is throttled {@code throttled} times, then answers. */
  static Execution order(int throttled, TaskResponse afterwards) {
    return run(
        definition("order.asl.json"),
        "{\"orderId\":\"o-1\"}",
        throttledCharge(throttled, afterwards));
  }

  static TaskResponder throttledCharge(int throttled, TaskResponse afterwards) {
    return (TaskCall call) ->
        call.invocation() < throttled
            ? TaskResponse.throwing("Lambda.TooManyRequestsException", "Rate exceeded")
            : afterwards;
  }
}
