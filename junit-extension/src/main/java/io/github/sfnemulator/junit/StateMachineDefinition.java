package io.github.sfnemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Creates a state machine from a definition file and injects it into a {@code
 * io.github.sfnemulator.StateMachine} field or parameter. The file is looked up on the test's
 * classpath first, then on the file system, relative to the definitions root if one is set. JSON
 * and YAML ({@code .yaml}/{@code .yml}) files are accepted.
 *
 * <pre>{@code
 * @Test
 * void approves(StepFunctionsEmulator sfn, @StateMachineDefinition("order.asl.json") StateMachine order) {
 *   assertThat(sfn.startExecution(order.arn(), "{}").await()).hasSucceeded();
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StateMachineDefinition {
  /** The definition file, e.g. {@code "order.asl.json"} or {@code "workflows/order.asl.yaml"}. */
  String value();

  /** The state machine's name; empty for the file name without its extensions ({@code order}). */
  String name() default "";
}
