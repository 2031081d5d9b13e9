package io.github.sfnemulator.validation;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found in a state machine definition, in the shape of AWS's {@code
 * ValidateStateMachineDefinition} diagnostics.
 *
 * <pre>{@code
 * Diagnostic d = result.diagnostics().get(0);
 * d.code();      // "MISSING_TRANSITION_TARGET"
 * d.location();  // "/States/Charge/Next"
 * d.message();   // "Missing 'Next' target: Refund"
 * }</pre>
 *
 * @param severity ERROR or WARNING
 * @param code AWS's code where AWS has one (for example {@code SCHEMA_VALIDATION_FAILED})
 * @param location a JSON pointer to the offending element ({@code ""} for the whole document)
 * @param message what is wrong and what to do, for a person
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Diagnostic(Severity severity, String code, String location, String message) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    location = location == null ? "" : location;
    Objects.requireNonNull(message, "message");
  }

  /** An ERROR diagnostic. */
  public static Diagnostic error(String code, String location, String message) {
    return new Diagnostic(Severity.ERROR, code, location, message);
  }

  /** A WARNING diagnostic. */
  public static Diagnostic warning(String code, String location, String message) {
    return new Diagnostic(Severity.WARNING, code, location, message);
  }

  /** {@code LOCATION: SEVERITY CODE: message}, the form the CLI prints after the file name. */
  @Override
  public String toString() {
    return location + ": " + severity + " " + code + ": " + message;
  }
}
