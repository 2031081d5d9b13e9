package io.github.sfnemulator.template;

import io.github.sfnemulator.internal.template.Account;
import io.github.sfnemulator.internal.template.ResolvedStateMachine;
import io.github.sfnemulator.internal.template.TemplateLoader;
import io.github.sfnemulator.internal.template.TemplateProblem;
import io.github.sfnemulator.internal.template.TemplateReader;
import io.github.sfnemulator.mock.CallPattern;
import io.github.sfnemulator.mock.MockBuilder;
import io.github.sfnemulator.mock.TaskMocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The state machines of a CloudFormation, SAM or CDK template (JSON or YAML, short-form tags such
 * as {@code !GetAtt} and {@code !Sub} included), their definitions resolved as deploying the
 * template would resolve them: inline {@code Definition}, {@code DefinitionString}, SAM's {@code
 * DefinitionUri} (relative to the template), {@code DefinitionSubstitutions}, and the intrinsic
 * functions in them. {@code Ref} and {@code Fn::GetAtt} of functions, tables, topics, queues,
 * buckets and state machines give the name or ARN the resource would have (its name property where
 * the template sets one, else its logical id) in the options' region and account; parameters take
 * their defaults; {@link TemplateOptions} overrides any value.
 *
 * <pre>{@code
 * StateMachineTemplate template = StateMachineTemplate.load(Path.of("template.yaml"));
 * TaskMocks mocks = TaskMocks.create()
 *     .stubFor(template.lambdaFunction("ChargeFunction").willReturn(lambdaInvokeResult("{}")));
 * try (StepFunctionsEmulator emulator =
 *     StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
 *   StateMachine machine = template.stateMachine("OrderStateMachine").createIn(emulator);
 *   Execution execution = emulator.startExecution(machine.arn(), "{}").await();
 * }
 * }</pre>
 *
 * <p>Immutable once loaded, and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineTemplate {
  private static final String[] FUNCTION_TYPES = {
    "AWS::Lambda::Function", "AWS::Serverless::Function"
  };

  private final Path path;
  private final TemplateLoader loader;
  private final Map<String, TemplateStateMachine> stateMachines;

  private StateMachineTemplate(Path path, TemplateLoader loader, List<ResolvedStateMachine> found) {
    this.path = path;
    this.loader = loader;
    Map<String, TemplateStateMachine> byId = new LinkedHashMap<>();
    for (ResolvedStateMachine m : found) {
      byId.put(
          m.logicalId(),
          new TemplateStateMachine(
              path,
              m.logicalId(),
              Optional.ofNullable(m.name()),
              StateMachineType.valueOf(m.type()),
              m.definition(),
              Optional.ofNullable(m.definitionFile())));
    }
    this.stateMachines = java.util.Collections.unmodifiableMap(byId);
  }

  /** Loads the template at {@code path} for the default emulator's region and account. */
  public static StateMachineTemplate load(Path path) {
    return load(path, TemplateOptions.getDefaultInstance());
  }

  /**
   * Loads the template at {@code path}.
   *
   * @throws TemplateException when the file cannot be read, is not a template, or a state machine's
   *     definition cannot be resolved; the message names the template, the resource, the field and
   *     the function
   */
  public static StateMachineTemplate load(Path path, TemplateOptions options) {
    Account account =
        new Account(
            Account.partitionOf(options.region()),
            options.region(),
            options.accountId(),
            options.stackName());
    try {
      TemplateLoader loader = TemplateLoader.open(path, account, options.values());
      return new StateMachineTemplate(path, loader, loader.stateMachines());
    } catch (TemplateProblem e) {
      throw new TemplateException(e.getMessage());
    }
  }

  /**
   * Whether the file at {@code path} is a template (it has {@code Resources} and no {@code States})
   * rather than a bare definition; false when it cannot be read.
   */
  public static boolean isTemplate(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      if (!text.contains("Resources")) {
        return false; // no need to parse a definition
      }
      return TemplateLoader.isTemplate(TemplateReader.read(text, path.getFileName().toString()));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  public Path path() {
    return path;
  }

  /** Every state machine, by logical id, in the template's order. */
  public Map<String, TemplateStateMachine> stateMachines() {
    return stateMachines;
  }

  /**
   * The state machine with logical id {@code logicalId} (or, in CDK output, construct id).
   *
   * @throws TemplateException naming the state machines the template has
   */
  public TemplateStateMachine stateMachine(String logicalId) {
    TemplateStateMachine found = stateMachines.get(logicalId);
    if (found == null) {
      String id;
      synchronized (loader) {
        id = loader.logicalIdOf(logicalId);
      }
      found = id == null ? null : stateMachines.get(id);
    }
    if (found == null) {
      throw new TemplateException(
          "Template '"
              + path.getFileName()
              + "' has no state machine '"
              + logicalId
              + "'. It has: "
              + (stateMachines.isEmpty() ? "none" : String.join(", ", stateMachines.keySet()))
              + ".");
    }
    return found;
  }

  /**
   * What the template's {@code Ref X} gives for {@code "X"}, or its {@code Fn::GetAtt} for {@code
   * "X.Attribute"}.
   *
   * @throws TemplateException when the template cannot resolve it
   */
  public String resolve(String reference) {
    synchronized (loader) {
      try {
        return loader.resolve(reference);
      } catch (TemplateProblem e) {
        throw new TemplateException(e.getMessage());
      }
    }
  }

  /**
   * A mock of the template's Lambda function {@code logicalId} (or CDK construct id), whatever
   * state invokes it: {@code TaskMocks.lambdaFunction} with the function's name.
   *
   * @throws TemplateException when the template has no such Lambda function
   */
  public MockBuilder lambdaFunction(String logicalId) {
    return TaskMocks.lambdaFunction(functionName(logicalId));
  }

  /** Calls to the template's Lambda function {@code logicalId}, for {@code TaskMocks.verify}. */
  public CallPattern callsToFunction(String logicalId) {
    return TaskMocks.callsToFunction(functionName(logicalId));
  }

  /** Whether the template has a Lambda function {@code logicalId} (or CDK construct id). */
  public boolean hasFunction(String logicalId) {
    synchronized (loader) {
      String id = loader.logicalIdOf(logicalId);
      return id != null && loader.logicalIds(FUNCTION_TYPES).contains(id);
    }
  }

  /** The name of the template's Lambda function {@code logicalId} (or CDK construct id). */
  public String functionName(String logicalId) {
    String id;
    List<String> functions;
    synchronized (loader) {
      id = loader.logicalIdOf(logicalId);
      functions = loader.logicalIds(FUNCTION_TYPES);
    }
    if (id == null || !functions.contains(id)) {
      throw new TemplateException(
          "Template '"
              + path.getFileName()
              + "' has no Lambda function '"
              + logicalId
              + "'. Its functions are: "
              + (functions.isEmpty() ? "none" : String.join(", ", functions))
              + ".");
    }
    return resolve(id);
  }
}
