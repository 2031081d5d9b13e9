package io.github.sfnemulator.internal.intrinsics;

import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;

/** Builds the States.IntrinsicFailure raised when a function rejects its argument values. */
final class IntrinsicFailure {
  private IntrinsicFailure() {}

  static StatesException of(String functionName, String problem) {
    return new StatesException(
        StatesErrors.INTRINSIC_FAILURE, "Invalid arguments in " + functionName + ": " + problem);
  }
}
