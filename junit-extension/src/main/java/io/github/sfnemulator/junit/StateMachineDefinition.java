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
 * and YAML ({@code .yaml}/{@code .yml}) files are accepted, and so are SAM, CloudFormation and CDK
 * templates: {@link #logicalId()} names the state machine (needed when the template has several),
 * {@link #values()} overrides parameters, attributes and substitutions (see {@code
 * io.github.sfnemulator.template.TemplateOptions}), and region and account follow the emulator's.
 * On a {@code io.github.sfnemulator.template.StateMachineTemplate} field or parameter, the
 * annotation injects the loaded template, to mock its Lambda functions by logical id.
 *
 * <pre>{@code
 * @Test
 * void approves(StepFunctionsEmulator sfn, @StateMachineDefinition("order.asl.json") StateMachine order) {
 *   assertThat(sfn.startExecution(order.arn(), "{}").await()).hasSucceeded();
 * }
 *
 * @Test
 * void charges(
 *     StepFunctionsEmulator sfn, TaskMocks mocks,
 *     @StateMachineDefinition(value = "template.yaml", logicalId = "OrderStateMachine") StateMachine order,
 *     @StateMachineDefinition("template.yaml") StateMachineTemplate template) {
 *   mocks.stubFor(template.lambdaFunction("ChargeFunction").willReturn(lambdaInvokeResult("{}")));
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

  /**
   * The state machine's name; empty for the file name without its extensions ({@code order}), or
   * for a template's state machine the name the template gives it, else its logical id.
   */
  String name() default "";

  /** In a template, the logical id (or CDK construct id) of the state machine. */
  String logicalId() default "";

  /**
   * For a template, values in place of what it would compute, each {@code "Name=Value"}: {@code
   * "Stage=test"}, {@code "ChargeFunction.Arn=arn:aws:lambda:..."}.
   */
  String[] values() default {};
}
