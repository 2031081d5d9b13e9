package io.github.sfnemulator.template;

import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A state machine of a template, its definition resolved to ASL JSON.
 *
 * <pre>{@code
 * TemplateStateMachine orders = StateMachineTemplate.load(Path.of("template.yaml")).stateMachine("OrderStateMachine");
 * StateMachine machine = orders.createIn(emulator);
 * }</pre>
 *
 * @param template the template file it comes from
 * @param logicalId its logical id in the template
 * @param name the name the template gives it ({@code StateMachineName}, SAM's {@code Name}), if any
 * @param type STANDARD unless the template says EXPRESS
 * @param definition the ASL definition, every intrinsic function and substitution resolved
 * @param definitionFile the file SAM's DefinitionUri (or DefinitionS3Location) names, absolute;
 *     empty when the definition is in the template
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TemplateStateMachine(
    Path template,
    String logicalId,
    Optional<String> name,
    StateMachineType type,
    String definition,
    Optional<Path> definitionFile) {

  /**
   * The name it would have on AWS, shortened to what the emulator accepts: its name, else its
   * logical id.
   */
  public String nameOrLogicalId() {
    return name.orElse(logicalId);
  }

  /** Creates it in {@code emulator} under {@link #nameOrLogicalId()}. */
  public StateMachine createIn(StepFunctionsEmulator emulator) {
    return emulator.createStateMachine(nameOrLogicalId(), definition);
  }

  /** {@code template.yaml#LogicalId}, as the CLI and reports name it. */
  public String displayName() {
    return template.getFileName() + "#" + logicalId;
  }
}
