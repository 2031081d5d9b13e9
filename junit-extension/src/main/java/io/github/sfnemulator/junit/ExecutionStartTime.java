package io.github.sfnemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Starts the test's virtual clock at the given instant, for a test whose emulator is its own (under
 * {@link StepFunctionsTest} or an extension registered in an instance field).
 *
 * <pre>{@code
 * @Test
 * @ExecutionStartTime("2024-12-31T23:59:00Z")
 * void runs_the_year_end_branch(StepFunctionsEmulator sfn) { ... }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ExecutionStartTime {
  /** An ISO-8601 instant, such as {@code 2024-01-01T00:00:00Z}. */
  String value();
}
