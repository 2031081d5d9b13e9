package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.mock.TaskResponder;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What an extension was configured with: the emulator's options, the definitions root and the mocks
 * every test starts with.
 */
record Settings(
    EmulatorOptions options,
    String definitionsRoot,
    Map<String, TaskResponder> stateMocks,
    List<TaskResponder> mocksForAll) {

  static Settings of(StepFunctionsTest annotation) {
    EmulatorOptions.Builder b = EmulatorOptions.newBuilder();
    if (!annotation.region().isEmpty()) {
      b.region(annotation.region());
    }
    if (!annotation.accountId().isEmpty()) {
      b.accountId(annotation.accountId());
    }
    if (!annotation.startTime().isEmpty()) {
      b.startTime(instant(annotation.startTime(), "@StepFunctionsTest(startTime)"));
    }
    try {
      return new Settings(b.build(), annotation.definitions(), Map.of(), List.of());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@StepFunctionsTest: " + e.getMessage(), e);
    }
  }

  /** The options of one emulator, with the test's start time if it has one. */
  EmulatorOptions optionsStartingAt(Instant startTime) {
    return startTime == null ? options : options.toBuilder().startTime(startTime).build();
  }

  static Instant instant(String text, String where) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(
          where + ": '" + text + "' is not an ISO-8601 instant such as 2024-01-01T00:00:00Z", e);
    }
  }
}
