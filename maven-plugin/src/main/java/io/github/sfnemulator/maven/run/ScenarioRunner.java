package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.maven.backends.ScenarioServices;
import io.github.sfnemulator.maven.scenario.MockCallbacks;
import io.github.sfnemulator.maven.scenario.MockResponse;
import io.github.sfnemulator.maven.scenario.Scenario;
import io.github.sfnemulator.maven.scenario.ScenarioCase;
import io.github.sfnemulator.mock.MockBuilder;
import io.github.sfnemulator.mock.MockConfig;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs a scenario's cases, each in a fresh emulator with its own mocks, and checks their
 * expectations.
 *
 * <pre>{@code
 * ScenarioRunner runner = new ScenarioRunner(project.getBasedir().toPath(), Duration.ofSeconds(30));
 * ScenarioResult result = runner.run(ScenarioReader.read(file), "order.sfn-test.yaml");
 * Summary.lines(result).forEach(log::info);
 * }</pre>
 */
public final class ScenarioRunner {
  private final Path baseDir;
  private final Duration timeout;
  private final RemoteTarget target;

  /**
   * @param baseDir the directory a scenario's paths are relative to (the project's base directory)
   * @param timeout how long, in real time, one execution may take before the case errors
   */
  public ScenarioRunner(Path baseDir, Duration timeout) {
    this(baseDir, timeout, null);
  }

  /**
   * Runs the cases at {@code target}, or in process when it is null. Cases with mocks are skipped
   * at a target: mocks cannot be injected into a remote Step Functions.
   */
  public ScenarioRunner(Path baseDir, Duration timeout, RemoteTarget target) {
    this.baseDir = baseDir;
    this.timeout = timeout;
    this.target = target;
  }

  public ScenarioResult run(Scenario scenario, String file) {
    ScenarioDefinition loaded;
    try {
      loaded = ScenarioDefinition.load(baseDir, scenario.definition());
    } catch (IOException e) {
      return ScenarioResult.error(
          scenario.name(),
          file,
          "Cannot read the definition "
              + baseDir.resolve(scenario.definition())
              + " ("
              + e
              + "). Check 'definition'.");
    } catch (ScenarioDefinition.Unusable e) {
      return ScenarioResult.error(
          scenario.name(),
          file,
          "Cannot use the definition " + scenario.definition() + ": " + e.getMessage());
    }
    String definition = loaded.text();
    ValidationResult validation;
    try (StepFunctionsEmulator validator = StepFunctionsEmulator.create()) {
      validation = validator.validate(definition);
    }
    if (!validation.isValid()) {
      return ScenarioResult.error(
          scenario.name(),
          file,
          "Invalid definition "
              + scenario.definition()
              + ":"
              + validation.errors().stream().map(d -> "\n  " + d).collect(Collectors.joining()));
    }
    MockConfig mockConfig;
    try {
      mockConfig =
          scenario.mockConfig() == null
              ? null
              : MockConfig.fromPath(baseDir.resolve(scenario.mockConfig()));
    } catch (RuntimeException e) {
      return ScenarioResult.error(
          scenario.name(),
          file,
          "Cannot use the mock config " + scenario.mockConfig() + ": " + e.getMessage());
    }
    DefinitionStates states = DefinitionStates.of(definition);
    String machineName =
        scenario.stateMachineName() != null ? scenario.stateMachineName() : loaded.machineName();
    ScenarioServices services;
    try {
      services = ScenarioServices.open(target == null ? scenario.backends() : null);
    } catch (RuntimeException e) {
      return ScenarioResult.error(
          scenario.name(), file, "Cannot start the backends: " + e.getMessage());
    }
    try (services) {
      return runCases(scenario, file, loaded, mockConfig, machineName, states, services);
    }
  }

  private ScenarioResult runCases(
      Scenario scenario,
      String file,
      ScenarioDefinition loaded,
      MockConfig mockConfig,
      String machineName,
      DefinitionStates states,
      ScenarioServices services) {
    String definition = loaded.text();
    List<CaseResult> results = new ArrayList<>();
    String remoteMachine = null;
    for (ScenarioCase c : scenario.cases()) {
      String testCase = c.testCase() != null ? c.testCase() : scenario.testCase();
      if (c.replay() != null) {
        results.add(
            target == null
                ? CaseReplay.run(c, baseDir, definition)
                : CaseResult.skipped(
                    c.name(),
                    "Skipped at "
                        + target.endpoint()
                        + ": a replay needs the recorded Task results as mocks"));
        continue;
      }
      List<String> unknown = StateNameCheck.problems(c, states, loaded::functionNamed);
      if (!unknown.isEmpty()) {
        results.add(
            CaseResult.error(
                c.name(),
                "Case '" + c.name() + "' of " + file + ":\n  " + String.join("\n  ", unknown),
                0));
      } else if (target == null && services.unavailable() != null) {
        results.add(CaseResult.skipped(c.name(), services.unavailable()));
      } else if (target == null) {
        results.add(runCase(c, machineName, loaded, mockConfig, testCase, services));
      } else if (!c.mocks().isEmpty()) {
        results.add(CaseResult.skipped(c.name(), mocksAtTarget(c)));
      } else {
        try {
          if (remoteMachine == null) {
            remoteMachine = target.stateMachine(machineName, definition);
          }
          results.add(runRemotely(c, remoteMachine, testCase));
        } catch (RuntimeException e) {
          results.add(
              CaseResult.error(c.name(), e.getClass().getSimpleName() + ": " + e.getMessage(), 0));
        }
      }
    }
    return new ScenarioResult(scenario.name(), file, results, null);
  }

  private CaseResult runCase(
      ScenarioCase c,
      String machineName,
      ScenarioDefinition loaded,
      MockConfig mockConfig,
      String testCase,
      ScenarioServices services) {
    String definition = loaded.text();
    long start = System.nanoTime();
    EmulatorOptions options =
        EmulatorOptions.newBuilder()
            .taskResponder(
                services.responder(
                    mocks(c, loaded::functionNamed),
                    TaskResponder.unmocked(FailureMessages::noMock)))
            .mockConfig(mockConfig)
            .build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine(machineName, definition);
      String arn = testCase == null ? machine.arn() : machine.arn() + "#" + testCase;
      Execution execution =
          emulator
              .startExecution(arn, c.input() == null ? "{}" : c.input().toString())
              .await(timeout);
      ExecutionTrace trace = ExecutionTrace.of(execution);
      List<String> failures =
          ExpectationCheck.failures(c.name(), c.expect(), Ended.of(execution), trace);
      return new CaseResult(
          c.name(),
          failures.isEmpty() ? CaseResult.Outcome.PASSED : CaseResult.Outcome.FAILED,
          failures,
          trace,
          execution.status().name(),
          millisSince(start));
    } catch (RuntimeException e) {
      return CaseResult.error(
          c.name(), e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(start));
    }
  }

  private CaseResult runRemotely(ScenarioCase c, String machineArn, String testCase) {
    long start = System.nanoTime();
    String arn = testCase == null ? machineArn : machineArn + "#" + testCase;
    RemoteTarget.Run run =
        target.run(arn, c.input() == null ? "{}" : c.input().toString(), timeout);
    List<String> failures =
        ExpectationCheck.failures(c.name(), c.expect(), run.ended(), run.trace());
    return new CaseResult(
        c.name(),
        failures.isEmpty() ? CaseResult.Outcome.PASSED : CaseResult.Outcome.FAILED,
        failures,
        run.trace(),
        run.ended().status().name(),
        millisSince(start));
  }

  private String mocksAtTarget(ScenarioCase c) {
    return "Skipped at "
        + target.endpoint()
        + ": the case mocks "
        + c.mocks().keySet()
        + ", and mocks cannot be injected into a remote target. Name a MockConfigFile.json test"
        + " case (testCase) and start the target with that mock config (sfn:start with"
        + " <mockConfig>), or run the case in process.";
  }

  /**
   * The case's mocks; Task states they do not mock are declined (see {@link TaskMocks#tryRespond}).
   */
  static TaskMocks mocks(ScenarioCase c) {
    return mocks(c, key -> null);
  }

  /**
   * The case's mocks, each keyed by a state name, or by a Lambda function's logical id when {@code
   * functionNamed} gives its name (the definition comes from a template).
   */
  static TaskMocks mocks(ScenarioCase c, java.util.function.UnaryOperator<String> functionNamed) {
    TaskMocks mocks = TaskMocks.create();
    c.mocks()
        .forEach(
            (state, responses) -> {
              String function = functionNamed.apply(state);
              MockBuilder builder =
                  function != null ? TaskMocks.lambdaFunction(function) : TaskMocks.state(state);
              for (MockResponse r : responses) {
                if (r.returns() != null) {
                  builder.willReturn(r.returns());
                } else if (r.throwsError() != null) {
                  builder.willThrow(r.throwsError().error(), r.throwsError().cause());
                } else if (r.callback() != null) {
                  builder.willCompleteToken(MockCallbacks.toTokenCallback(r.callback()));
                } else {
                  builder.willTimeOut();
                }
              }
              mocks.stubFor(builder);
            });
    return mocks;
  }

  /** {@code order.asl.json} → {@code order}, made a valid state machine name. */
  public static String machineName(Path definitionFile) {
    String name = definitionFile.getFileName().toString();
    for (String suffix :
        new String[] {".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml"}) {
      if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    name = name.replaceAll("[^A-Za-z0-9_-]", "-");
    return name.isEmpty() ? "StateMachine" : name.substring(0, Math.min(80, name.length()));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
