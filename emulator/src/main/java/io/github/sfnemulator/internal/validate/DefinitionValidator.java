package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.validation.ValidationResult;
import java.util.List;

/**
 * Static checks of a definition tree in the spirit of AWS's ValidateStateMachineDefinition. Works
 * on the raw JSON tree, so it can report every problem even when no model can be built.
 */
public final class DefinitionValidator {
  private DefinitionValidator() {}

  /** Every diagnostic for {@code definition}, in document order. */
  public static ValidationResult validate(JsonNode definition) {
    return new ValidationResult(List.of());
  }
}
