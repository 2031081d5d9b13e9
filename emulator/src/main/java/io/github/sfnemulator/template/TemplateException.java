package io.github.sfnemulator.template;

import org.apiguardian.api.API;

/**
 * A template or Terraform definition that cannot be turned into state machine definitions. The
 * message names the template, the resource, the field and the intrinsic function or variable that
 * failed, and says what to do, e.g. {@code Template 'template.yaml', resource 'OrderStateMachine',
 * field 'Properties/DefinitionSubstitutions/ChargeArn/Fn::GetAtt': Fn::GetAtt 'Charge.Arn' names no
 * resource of the template. ...}
 *
 * <pre>{@code
 * try {
 *   StateMachineTemplate.load(Path.of("template.yaml"));
 * } catch (TemplateException e) {
 *   // give what the template cannot compute: TemplateOptions.newBuilder().value("Charge.Arn", ...)
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TemplateException(String message) {
    super(message);
  }
}
