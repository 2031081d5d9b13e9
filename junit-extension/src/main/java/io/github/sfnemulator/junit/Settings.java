package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What an extension was configured with: the emulator's options (with the mock config), the
 * definitions root, the mocks every test starts with, and the responder for calls no mock selects
 * (null: such a call fails the test).
 */
record Settings(
    EmulatorOptions options,
    String definitionsRoot,
    List<Consumer<TaskMocks>> mocks,
    TaskResponder fallback) {

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
      return new Settings(b.build(), annotation.definitions(), List.of(), null);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@StepFunctionsTest: " + e.getMessage(), e);
    }
  }

  /**
   * The options of one emulator, with the test's start time and mock test case if it has them, and
   * a random seed of its own: the options' seed mixed with {@code scopeId}, the unique id of the
   * test (or of the class, for a shared emulator). Generated execution names then differ from test
   * to test and stay the same from run to run.
   */
  EmulatorOptions optionsFor(Instant startTime, String mockTestCase, String scopeId) {
    EmulatorOptions.Builder b = options.toBuilder();
    if (startTime != null) {
      b.startTime(startTime);
    }
    if (mockTestCase != null) {
      b.mockTestCase(mockTestCase);
    }
    return b.randomSeed(options.randomSeed() ^ seedOf(scopeId)).build();
  }

  /** A 64-bit digest of the id: the same on every JVM, unlike an identity hash. */
  static long seedOf(String scopeId) {
    return UUID.nameUUIDFromBytes(scopeId.getBytes(StandardCharsets.UTF_8))
        .getMostSignificantBits();
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
