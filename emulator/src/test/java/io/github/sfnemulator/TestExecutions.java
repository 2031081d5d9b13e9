package io.github.sfnemulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Runs one definition to its end in a fresh emulator and reads what it left behind. */
final class TestExecutions {
  /** Where the default virtual clock starts. */
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** Every Task returns its effective parameters. */
  static final TaskResponder ECHO = call -> TaskResponse.returning(call.parameters());

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestExecutions() {}

  static Execution run(String definition, String input) {
    return run(definition, input, ECHO);
  }

  static Execution run(String definition, String input, TaskResponder responder) {
    return run(EmulatorOptions.newBuilder().taskResponder(responder).build(), definition, input);
  }

  /** Creates machine {@code Machine}, starts execution {@code exec} and awaits its end. */
  static Execution run(EmulatorOptions options, String definition, String input) {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Machine", definition);
      return emulator.startExecution(machine.arn(), "exec", input).await();
    }
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<HistoryEventType> types(Execution execution) {
    return execution.history().stream().map(HistoryEvent::type).toList();
  }

  static List<HistoryEvent> events(Execution execution, HistoryEventType type) {
    return execution.history().stream().filter(e -> e.type() == type).toList();
  }

  /** The timestamps of the events of {@code type}, oldest first. */
  static List<Instant> times(Execution execution, HistoryEventType type) {
    return events(execution, type).stream().map(HistoryEvent::timestamp).toList();
  }
}
