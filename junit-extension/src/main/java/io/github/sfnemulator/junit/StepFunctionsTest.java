package io.github.sfnemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class against its own Step Functions emulator, with virtual time, and
 * injects what the test asks for: {@code StepFunctionsEmulator}, {@code EmulatorClock}, {@link
 * TimeControl}, {@code TaskMocks} and state machines loaded with {@link StateMachineDefinition}.
 * When a test fails, the trace of every execution it started is printed.
 *
 * <pre>{@code
 * @StepFunctionsTest
 * class OrderWorkflowTest {
 *   @StateMachineDefinition("order.asl.json") StateMachine order;
 *
 *   @Test
 *   void charges_the_card(StepFunctionsEmulator sfn, TaskMocks mocks) {
 *     mocks.stubFor(lambda("Charge").willReturn("{\"charged\":true}"));
 *     Execution execution = sfn.startExecution(order.arn(), "{}").await();
 *     assertThat(execution).hasSucceeded();
 *   }
 * }
 * }</pre>
 *
 * <p>For one emulator shared by the tests of a class, or for settings such as mocks every test
 * starts with or a MockConfigFile.json, register the extension programmatically instead:
 * {@code @RegisterExtension static StepFunctionsExtension sfn =
 * StepFunctionsExtension.newInstance().build();}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StepFunctionsExtension.class)
public @interface StepFunctionsTest {
  /** The AWS region of the emulated account; empty for {@code us-east-1}. */
  String region() default "";

  /** The 12-digit account id; empty for {@code 123456789012}. */
  String accountId() default "";

  /** Where virtual time starts (ISO-8601); empty for {@code 2024-01-01T00:00:00Z}. */
  String startTime() default "";

  /**
   * The folder {@link StateMachineDefinition} names are relative to: a classpath folder, else a
   * file-system folder; empty for the classpath root (then the working directory).
   */
  String definitions() default "";
}
