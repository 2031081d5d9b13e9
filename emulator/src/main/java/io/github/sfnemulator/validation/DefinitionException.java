package io.github.sfnemulator.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown when a state machine definition has errors; carries every diagnostic at once.
 *
 * <p>The message names the definition and lists each error with its location, for example:
 *
 * <pre>
 * Invalid definition 'order.asl.json': 1 error
 *   /States/Charge/Next: ERROR MISSING_TRANSITION_TARGET: Missing 'Next' target: Refund
 * </pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String definitionName;
  private final transient ValidationResult result;

  public DefinitionException(String definitionName, ValidationResult result) {
    super(message(definitionName, result.errors()));
    this.definitionName = definitionName;
    this.result = result;
  }

  /** The name of the definition (a file name or a state machine name). */
  public String definitionName() {
    return definitionName;
  }

  /** Every diagnostic, errors and warnings. */
  public ValidationResult result() {
    return result;
  }

  /** The ERROR diagnostics. */
  public List<Diagnostic> errors() {
    return result.errors();
  }

  private static String message(String name, List<Diagnostic> errors) {
    return "Invalid definition '"
        + name
        + "': "
        + errors.size()
        + (errors.size() == 1 ? " error" : " errors")
        + errors.stream().map(d -> "\n  " + d).collect(Collectors.joining());
  }
}
