package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.internal.model.MapState;

/** ToleratedFailurePercentage and ToleratedFailureCount of one Map run. */
record MapTolerance(Double percentage, Long count) {

  static MapTolerance evaluate(MapState s, StateScope scope) {
    Double percentage = null;
    if (s.toleratedFailurePercentage() != null) {
      var value = s.toleratedFailurePercentage().evaluate(scope);
      if (value == null) {
        throw StateErrors.noResults(s.toleratedFailurePercentage().source());
      }
      if (!value.isNumber()) {
        throw StateErrors.notANumber(
            s.toleratedFailurePercentage().name(),
            value,
            s.toleratedFailurePercentage().source(),
            "float");
      }
      percentage = value.doubleValue();
      if (percentage < 0 || percentage > 100) {
        throw StateErrors.runtime("ToleratedFailurePercentage must be between 0 and 100.");
      }
    }
    Long count =
        s.toleratedFailureCount() == null
            ? null
            : IntegerFields.evaluate(s.toleratedFailureCount(), scope, 0);
    if (count != null && count < 0) {
      throw StateErrors.runtime("ToleratedFailureCount cannot be negative.");
    }
    return new MapTolerance(percentage, count);
  }

  /** Whether {@code failures} of {@code total} iterations is more than tolerated. */
  boolean exceeded(int failures, int total) {
    if (failures == 0) {
      return false;
    }
    if (percentage == null && count == null) {
      return true;
    }
    return (count != null && failures > count)
        || (percentage != null && failures * 100.0 / total > percentage);
  }
}
