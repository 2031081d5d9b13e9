package io.github.sfnemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Selects a test case of the extension's MockConfigFile.json ({@link
 * StepFunctionsExtensionBuilder#mockConfig}) for the executions a test starts, as a {@code
 * #TestCase} suffix on the state machine ARN does with AWS Step Functions Local. On a method it
 * applies to that test; on a class, to each test without its own. It applies to the state machines
 * the file lists; TaskMocks answer the states the test case does not mock.
 *
 * <pre>{@code
 * @RegisterExtension
 * StepFunctionsExtension sfn = StepFunctionsExtension.newInstance()
 *     .mockConfig(Path.of("src/test/resources/MockConfigFile.json"))
 *     .build();
 *
 * @Test
 * @MockTestCase("RetryPath")
 * void retries_until_the_lambda_answers(@StateMachineDefinition("LambdaSQSIntegration.asl.json")
 *     StateMachine machine) {
 *   assertThat(sfn.emulator().startExecution(machine.arn(), "{}").await()).hasSucceeded();
 * }
 * }</pre>
 *
 * <p>With one emulator shared by the class (a static extension field), only the class may carry it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MockTestCase {
  /** The test case's name under the state machine in the mock config, e.g. {@code HappyPath}. */
  String value();
}
