package io.github.sfnemulator.validation;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of validating one definition: every diagnostic found, in document order.
 *
 * <pre>{@code
 * ValidationResult result = emulator.validate(definitionText);
 * if (!result.isValid()) {
 *   result.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ValidationResult(List<Diagnostic> diagnostics) {

  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when no diagnostic is an ERROR (AWS's result {@code OK}). */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /** The ERROR diagnostics. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  /** The WARNING diagnostics. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
  }
}
