package io.github.sfnemulator.validation;

import org.apiguardian.api.API;

/**
 * How serious a {@link Diagnostic} is: an {@code ERROR} makes a definition unusable, a {@code
 * WARNING} points at something that probably is not what the author meant.
 *
 * <pre>{@code
 * for (Diagnostic diagnostic : emulator.validate(definitionJson).diagnostics()) {
 *   if (diagnostic.severity() == Severity.WARNING) {
 *     System.out.println(diagnostic); // still usable, but look at it
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
  ERROR,
  WARNING
}
