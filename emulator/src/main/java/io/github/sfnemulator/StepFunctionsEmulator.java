package io.github.sfnemulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.interpreter.Engine;
import io.github.sfnemulator.internal.interpreter.ExecutionInfo;
import io.github.sfnemulator.internal.interpreter.ExecutionRun;
import io.github.sfnemulator.internal.interpreter.Lane;
import io.github.sfnemulator.internal.interpreter.MapRunProgress;
import io.github.sfnemulator.internal.interpreter.StalledException;
import io.github.sfnemulator.internal.intrinsics.StatesUuid;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.limits.ApiConstraints;
import io.github.sfnemulator.internal.limits.InputParser;
import io.github.sfnemulator.internal.model.StateMachineDefinition;
import io.github.sfnemulator.internal.model.StateNames;
import io.github.sfnemulator.internal.parse.DefinitionParser;
import io.github.sfnemulator.internal.parse.DefinitionReader;
import io.github.sfnemulator.internal.registry.ExecutionTable;
import io.github.sfnemulator.internal.validate.ExpressCheck;
import io.github.sfnemulator.internal.versions.QualifiedArn;
import io.github.sfnemulator.internal.versions.Versioning;
import io.github.sfnemulator.mock.MockConfig;
import io.github.sfnemulator.mock.MockConfigTestCase;
import io.github.sfnemulator.validation.DefinitionException;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.ValidationResult;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * An in-process AWS Step Functions: create state machines, start executions and read their
 * histories, with the operations and errors of the Step Functions API. Thread-safe.
 *
 * <pre>{@code
 * try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
 *   StateMachine machine = emulator.createStateMachine("Hello", definitionJson);
 *   Execution execution = emulator.startExecution(machine.arn(), "{\"who\":\"world\"}").await();
 *   assert execution.status() == ExecutionStatus.SUCCEEDED;
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class StepFunctionsEmulator implements AutoCloseable {
  private final EmulatorOptions options;
  private final Engine engine;
  private final EmulatorClock clock;
  private final Map<String, Machine> machines = new LinkedHashMap<>();
  private final ExecutionTable executions = new ExecutionTable();
  private final InputParser inputs = new InputParser();

  /** ARNs of ended executions still retained, oldest first; only with a retention bound. */
  private final ArrayDeque<String> endedExecutions = new ArrayDeque<>();

  /**
   * The same for Express executions, counted apart: a burst of them, which AWS keeps no history of,
   * never makes a Standard execution forgotten.
   */
  private final ArrayDeque<String> endedExpressExecutions = new ArrayDeque<>();

  /**
   * How many executions are running: {@link #awaitAll} reads it under the engine's lock at every
   * step any lane ends, where scanning every retained execution held up every other lane.
   */
  private final AtomicInteger runningExecutions = new AtomicInteger();

  private final Map<String, Activity> activities = new LinkedHashMap<>();
  private final Redrives redrives = new Redrives();
  private final SplittableRandom names;
  private final Versioning versioning;

  /**
   * Guards the tables above (and {@link #names}). Held only briefly and never while a state runs:
   * executions advance in their own lanes, so a slow step never holds up these operations.
   */
  private final Object registry = new Object();

  /** A state machine; its executions' ARNs start with {@code executionArnPrefix}. */
  private record Machine(
      StateMachine description,
      StateMachineDefinition definition,
      StateMachineType type,
      String executionArnPrefix) {
    Machine(StateMachine description, StateMachineDefinition definition, StateMachineType type) {
      // an Express execution's ARN is arn:...:express:MACHINE:NAME:UUID
      this(
          description,
          definition,
          type,
          description
                  .arn()
                  .replace(
                      ":stateMachine:",
                      type == StateMachineType.EXPRESS ? ":express:" : ":execution:")
              + ":");
    }
  }

  private StepFunctionsEmulator(EmulatorOptions options) {
    this.options = options;
    this.engine = new Engine(options.virtualTime(), options.startTime());
    this.clock = new EmulatorClock(engine);
    this.names = new SplittableRandom(options.randomSeed());
    this.versioning = new Versioning(options.randomSeed());
  }

  /** An emulator with {@link EmulatorOptions#getDefaultInstance() the default options}. */
  public static StepFunctionsEmulator create() {
    return new StepFunctionsEmulator(EmulatorOptions.getDefaultInstance());
  }

  public static StepFunctionsEmulator create(EmulatorOptions options) {
    return new StepFunctionsEmulator(options);
  }

  public EmulatorOptions options() {
    return options;
  }

  public EmulatorClock clock() {
    return clock;
  }

  /**
   * Validates a definition as {@code ValidateStateMachineDefinition} does.
   *
   * @throws SfnApiException {@code ValidationException} for a definition over 1,048,576 characters
   */
  public ValidationResult validate(String definition) {
    ApiConstraints.checkDefinition(definition);
    return DefinitionParser.validate(DefinitionReader.read(definition));
  }

  /**
   * Creates a state machine with a default role.
   *
   * @throws DefinitionException when the definition has errors, with every diagnostic
   * @throws SfnApiException {@code InvalidName} (a character AWS forbids in names), {@code
   *     ValidationException} (a name of more than 80 characters, a definition over 1,048,576
   *     characters) or {@code StateMachineAlreadyExists}
   */
  public StateMachine createStateMachine(String name, String definition) {
    return createStateMachine(
        name, definition, "arn:aws:iam::" + options.accountId() + ":role/sfn-emulator");
  }

  public StateMachine createStateMachine(String name, String definition, String roleArn) {
    return createStateMachine(name, definition, roleArn, StateMachineType.STANDARD);
  }

  /**
   * Creates a state machine of {@code type}: an EXPRESS machine's executions time out after five
   * minutes (of the emulator's clock), a STANDARD machine's after a year. A null {@code roleArn}
   * gives the default role.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public StateMachine createStateMachine(
      String name, String definition, String roleArn, StateMachineType type) {
    String role =
        roleArn != null ? roleArn : "arn:aws:iam::" + options.accountId() + ":role/sfn-emulator";
    checkName(name, "state machine");
    ApiConstraints.checkDefinition(definition);
    StateMachineDefinition parsed = DefinitionParser.parse(name, definition);
    checkExpress(name, definition, type);
    String arn = arn("stateMachine", name);
    return inRegistry(
        () -> {
          Machine existing = machines.get(arn);
          if (existing != null) {
            if (existing.description().definition().equals(definition)) {
              return existing.description();
            }
            throw new SfnApiException(
                "StateMachineAlreadyExists",
                "State Machine Already Exists: '"
                    + arn
                    + "'. Delete it first or choose another name.");
          }
          StateMachine description = new StateMachine(arn, name, definition, role, engine.now());
          machines.put(arn, new Machine(description, parsed, type));
          return description;
        });
  }

  /**
   * Describes a state machine, or one of its versions when given a version ARN: then the ARN,
   * definition, role, revision and creation date are the version's.
   *
   * @throws SfnApiException {@code StateMachineDoesNotExist}
   */
  public StateMachine describeStateMachine(String stateMachineArn) {
    return inRegistry(
        () -> {
          QualifiedArn arn = QualifiedArn.parse(stateMachineArn);
          if (!arn.isVersion()) {
            return machine(stateMachineArn).description();
          }
          StateMachineVersion v = version(stateMachineArn);
          return new StateMachine(
              v.arn(),
              machine(v.stateMachineArn()).description().name(),
              v.definition(),
              v.roleArn(),
              v.creationDate(),
              v.revisionId());
        });
  }

  /**
   * Replaces a state machine's definition and/or role, as {@code UpdateStateMachine} does; a null
   * argument keeps the current value. Running executions go on with the definition they started
   * with.
   *
   * @throws DefinitionException when the new definition has errors
   * @throws SfnApiException {@code StateMachineDoesNotExist}
   */
  public StateMachine updateStateMachine(
      String stateMachineArn, String definition, String roleArn) {
    ApiConstraints.checkDefinition(definition);
    String name = describeStateMachine(stateMachineArn).name();
    StateMachineDefinition parsed =
        definition == null ? null : DefinitionParser.parse(name, definition);
    return inRegistry(
        () -> {
          Machine current = machine(stateMachineArn);
          StateMachine old = current.description();
          if (definition != null) {
            checkExpress(old.name(), definition, current.type());
          }
          String newDefinition = definition == null ? old.definition() : definition;
          String newRole = roleArn == null ? old.roleArn() : roleArn;
          // a change of definition or role makes a new revision; the same values keep the current
          // one
          boolean changed =
              !newDefinition.equals(old.definition()) || !newRole.equals(old.roleArn());
          StateMachine description =
              new StateMachine(
                  old.arn(),
                  old.name(),
                  newDefinition,
                  newRole,
                  old.creationDate(),
                  changed ? versioning.newRevisionId() : old.revisionId());
          machines.put(
              stateMachineArn,
              new Machine(
                  description, parsed == null ? current.definition() : parsed, current.type()));
          return description;
        });
  }

  public List<StateMachine> listStateMachines() {
    return inRegistry(() -> machines.values().stream().map(Machine::description).toList());
  }

  /**
   * Deletes a state machine with its versions and aliases; its executions stay readable, as in AWS.
   */
  public void deleteStateMachine(String stateMachineArn) {
    inRegistry(
        () -> {
          versioning.machineDeleted(stateMachineArn);
          return machines.remove(stateMachineArn);
        });
  }

  /**
   * Publishes the state machine's current revision as a version, as {@code
   * PublishStateMachineVersion} does: versions are numbered 1, 2, 3... and a number is never reused
   * after a deletion; publishing a revision already published returns that version.
   *
   * @param description the version's description, or null
   * @throws SfnApiException {@code StateMachineDoesNotExist}
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public StateMachineVersion publishVersion(String stateMachineArn, String description) {
    return publishVersion(stateMachineArn, null, description);
  }

  /**
   * Publishes the current revision only if it is {@code revisionId} ({@code INITIAL} for the
   * revision the state machine was created with).
   *
   * @throws SfnApiException {@code ConflictException} when the state machine has changed since that
   *     revision, {@code StateMachineDoesNotExist}, {@code ServiceQuotaExceededException} (1,000
   *     versions)
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public StateMachineVersion publishVersion(
      String stateMachineArn, String revisionId, String description) {
    return inRegistry(
        () -> {
          Machine machine = machine(stateMachineArn);
          return versioning.publish(
              machine.description(), machine.definition(), revisionId, description, engine.now());
        });
  }

  /**
   * The versions of a state machine, newest first.
   *
   * @throws SfnApiException {@code StateMachineDoesNotExist}
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<StateMachineVersion> listVersions(String stateMachineArn) {
    return inRegistry(
        () -> {
          machine(stateMachineArn);
          return versioning.versions(stateMachineArn);
        });
  }

  /**
   * @throws SfnApiException {@code StateMachineDoesNotExist} for a version never published or
   *     deleted
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public StateMachineVersion describeVersion(String versionArn) {
    return inRegistry(() -> version(versionArn));
  }

  /**
   * Deletes a version; its executions stay readable, and its number is not given again. Deleting a
   * version that does not exist succeeds, as on AWS.
   *
   * @throws SfnApiException {@code ConflictException} while an alias routes to it
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public void deleteVersion(String versionArn) {
    inRegistry(
        () -> {
          versioning.deleteVersion(versionArn);
          return null;
        });
  }

  /**
   * Creates an alias of the state machine whose versions {@code routes} name: one route of weight
   * 100, or two whose weights add up to 100. Each execution started through the alias's ARN runs
   * one of the versions, drawn by a router seeded from {@link EmulatorOptions#randomSeed()}.
   * Creating the same alias again returns it.
   *
   * @throws SfnApiException {@code ValidationException} (a name that is not 1 to 80 letters,
   *     digits, {@code _ - .} with one not a digit; no route or more than two; the same version
   *     twice; a weight outside 0..100 or weights not adding up to 100; an ARN that is not a
   *     version's), {@code ResourceNotFound} (a version that does not exist) or {@code
   *     ConflictException} (an alias of that name with other routes or description)
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public StateMachineAlias createAlias(String name, String description, AliasRoute... routes) {
    return createAlias(name, description, List.of(routes));
  }

  /** Like {@link #createAlias(String, String, AliasRoute...)}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public StateMachineAlias createAlias(String name, String description, List<AliasRoute> routes) {
    return inRegistry(() -> versioning.createAlias(name, description, routes, engine.now()));
  }

  /**
   * @throws SfnApiException {@code ResourceNotFound}
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public StateMachineAlias describeAlias(String aliasArn) {
    return inRegistry(() -> versioning.alias(aliasArn));
  }

  /**
   * Changes an alias's description and/or routes (null keeps the current value), with the checks of
   * {@link #createAlias(String, String, AliasRoute...)}.
   *
   * @throws SfnApiException {@code ResourceNotFound}, {@code ValidationException}
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public StateMachineAlias updateAlias(
      String aliasArn, String description, List<AliasRoute> routes) {
    return inRegistry(() -> versioning.updateAlias(aliasArn, description, routes, engine.now()));
  }

  /** Deletes an alias (its versions stay); deleting one that does not exist succeeds. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public void deleteAlias(String aliasArn) {
    inRegistry(
        () -> {
          versioning.deleteAlias(aliasArn);
          return null;
        });
  }

  /**
   * The aliases of a state machine, oldest first.
   *
   * @throws SfnApiException {@code StateMachineDoesNotExist}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<StateMachineAlias> listAliases(String stateMachineArn) {
    return inRegistry(
        () -> {
          machine(stateMachineArn);
          return versioning.aliases(stateMachineArn);
        });
  }

  /** Starts an execution with a generated name; input {@code null} means {@code {}}. */
  public Execution startExecution(String stateMachineArn, String input) {
    return startExecution(stateMachineArn, null, input);
  }

  /**
   * Starts an execution. It runs at once as far as it can without time passing or outside input;
   * {@link Execution#await()} runs it to the end. {@code stateMachineArn} may name a version
   * ({@code ...:stateMachine:Orders:3}), which then runs, or an alias ({@code
   * ...:stateMachine:Orders:prod}), which picks one of its versions; the execution records which
   * ({@link Execution#stateMachineVersionArn()}, {@link Execution#stateMachineAliasArn()}). A
   * {@code #TestCase} suffix on the ARN selects a test case of the {@link
   * EmulatorOptions#mockConfig() mock config}; without one, {@link EmulatorOptions#mockTestCase()}
   * applies.
   *
   * @throws SfnApiException {@code StateMachineDoesNotExist}, {@code InvalidName}, {@code
   *     ExecutionAlreadyExists}, {@code InvalidExecutionInput} (not exactly one JSON value) or
   *     {@code ValidationException} (a name of more than 80 characters, input over 262,144
   *     characters)
   */
  public Execution startExecution(String stateMachineArn, String name, String input) {
    JsonNode parsedInput = parseInput(input);
    int hash = stateMachineArn == null ? -1 : stateMachineArn.indexOf('#');
    String arn = hash < 0 ? stateMachineArn : stateMachineArn.substring(0, hash);
    String testCase = hash < 0 ? defaultTestCase(arn) : stateMachineArn.substring(hash + 1);
    String inputText = input == null || input.isBlank() ? "{}" : input;
    Lane lane = engine.newLane();
    return lane.call(
        () ->
            new Execution(
                startRun(lane, arn, name, parsedInput, inputText, testCase), engine, this));
  }

  /**
   * Registers and starts an execution in {@code lane}, whose lock the caller holds; the registry is
   * locked only to look up the machine and enter the execution. {@code inputText} is the input as
   * the caller wrote it, or null when there is only the value.
   */
  private ExecutionRun startRun(
      Lane lane,
      String stateMachineArn,
      String name,
      JsonNode input,
      String inputText,
      String testCaseName) {
    if (name != null) {
      checkName(name, "execution");
    }
    Registered registered =
        inRegistry(() -> register(lane, stateMachineArn, name, input, inputText, testCaseName));
    if (registered.fresh()) {
      registered.run().start();
    }
    return registered.run();
  }

  /** An execution the registry holds, and whether this call created it. */
  private record Registered(ExecutionRun run, boolean fresh) {}

  private Registered register(
      Lane lane,
      String stateMachineArn,
      String name,
      JsonNode input,
      String inputText,
      String testCaseName) {
    // a version or alias ARN runs a published version; resolving fails first when it names none.
    // A machine's own ARN is found as it is, without parsing it (every StartExecution comes here).
    Machine machine = stateMachineArn == null ? null : machines.get(stateMachineArn);
    Versioning.Target target =
        machine == null && QualifiedArn.parse(stateMachineArn).isQualified()
            ? versioning.resolve(stateMachineArn)
            : null;
    String machineArn =
        target == null ? stateMachineArn : target.published().version().stateMachineArn();
    if (machine == null) {
      machine = machine(machineArn);
    }
    MockConfigTestCase testCase = testCase(machine, testCaseName);
    // a generated name is a UUID: valid by construction
    String executionName = name != null ? name : generatedName();
    // concat, not +: this module compiles + to a StringBuilder, which grows three times for an ARN
    String executionArn =
        machine.type() == StateMachineType.EXPRESS
            ? machine.executionArnPrefix().concat(executionName + ":" + generatedName())
            : machine.executionArnPrefix().concat(executionName);
    ExecutionRun existing = executions.get(executionArn);
    if (existing != null
        && machine.type() == StateMachineType.STANDARD
        && !existing.isTerminal()
        && existing.info().input().equals(input)) {
      // StartExecution is idempotent for a Standard execution still running with the same name
      // and input (API reference, StartExecution): a client's retry gets the same execution
      return new Registered(existing, false);
    }
    if (existing != null) {
      throw new SfnApiException(
          "ExecutionAlreadyExists",
          "Execution Already Exists: '" + executionArn + "'. Use another execution name.");
    }
    ExecutionInfo info =
        new ExecutionInfo(
            executionArn,
            executionName,
            machineArn,
            machine.description().name(),
            target == null
                ? machine.description().roleArn()
                : target.published().version().roleArn(),
            input,
            inputText,
            engine.now(),
            target == null ? null : target.published().version().arn(),
            target == null ? null : target.aliasArn());
    ExecutionRun run =
        new ExecutionRun(
            engine,
            lane,
            machine.type().maxExecutionTime(),
            info,
            target == null ? machine.definition() : target.published().definition(),
            options.taskResponder(),
            testCase,
            this::startChild,
            names.nextLong());
    executions.put(executionArn, run);
    runningExecutions.incrementAndGet();
    if (options.retainedEndedExecutions() != Integer.MAX_VALUE) {
      ArrayDeque<String> ended =
          machine.type() == StateMachineType.EXPRESS ? endedExpressExecutions : endedExecutions;
      run.onEnd(
          () -> {
            runningExecutions.decrementAndGet();
            retainEnded(ended, executionArn);
          });
    } else {
      run.onEnd(runningExecutions::decrementAndGet);
    }
    return new Registered(run, true);
  }

  /** Forgets the oldest ended executions of {@code ended}'s kind beyond the retention bound. */
  private void retainEnded(ArrayDeque<String> ended, String executionArn) {
    synchronized (registry) {
      if (options.retainedEndedExecutions() == 0) {
        executions.remove(executionArn);
        return;
      }
      ended.addLast(executionArn);
      while (ended.size() > options.retainedEndedExecutions()) {
        executions.remove(ended.removeFirst());
      }
    }
  }

  /**
   * The MockConfigFile test case named after {@code #} in a StartExecution ARN, checked against the
   * machine's states; null when none is named.
   */
  private MockConfigTestCase testCase(Machine machine, String testCaseName) {
    if (testCaseName == null) {
      return null;
    }
    MockConfig config = options.mockConfig();
    if (config == null) {
      throw new SfnApiException(
          "InvalidArn",
          "The ARN names test case '"
              + testCaseName
              + "', but no mock config is set: use EmulatorOptions.mockConfig(MockConfig.fromPath(...)).");
    }
    MockConfigTestCase testCase = config.testCase(machine.description().name(), testCaseName);
    testCase.validateStates(StateNames.of(machine.definition()));
    return testCase;
  }

  /** The options' mock test case, for a state machine the mock config lists; else null. */
  private String defaultTestCase(String stateMachineArn) {
    MockConfig config = options.mockConfig();
    if (options.mockTestCase() == null || stateMachineArn == null) {
      return null;
    }
    String machineArn = QualifiedArn.parse(stateMachineArn).machineArn();
    String name = machineArn.substring(machineArn.lastIndexOf(':') + 1);
    return config.stateMachines().contains(name) ? options.mockTestCase() : null;
  }

  /** A {@code states:startExecution} task's child, when its state machine is in this emulator. */
  private ExecutionRun startChild(
      ExecutionRun parent, String stateMachineArn, String name, JsonNode input) {
    boolean known =
        stateMachineArn != null
            && inRegistry(
                () -> machines.containsKey(QualifiedArn.parse(stateMachineArn).machineArn()));
    return known ? startRun(parent.lane(), stateMachineArn, name, input, null, null) : null;
  }

  /** Starts an execution and waits for its end, as {@code StartSyncExecution} does. */
  public Execution startSyncExecution(String stateMachineArn, String input) {
    return startExecution(stateMachineArn, input).await();
  }

  /**
   * @throws SfnApiException {@code ExecutionDoesNotExist}
   */
  public Execution describeExecution(String executionArn) {
    return new Execution(inRegistry(() -> execution(executionArn)), engine, this);
  }

  /**
   * The executions of a state machine, newest first, as {@code ListExecutions} orders them; given a
   * version ARN, those that ran the version (through its ARN or an alias); given an alias ARN,
   * those started through the alias.
   */
  public List<Execution> listExecutions(String stateMachineArn) {
    return inRegistry(
        () -> {
          QualifiedArn arn = QualifiedArn.parse(stateMachineArn);
          machine(arn.machineArn());
          List<Execution> out = new ArrayList<>();
          for (ExecutionRun run : executions.values()) {
            ExecutionInfo info = run.info();
            String qualified =
                arn.isVersion()
                    ? info.versionArn()
                    : arn.isAlias() ? info.aliasArn() : info.stateMachineArn();
            if (stateMachineArn.equals(qualified)) {
              out.add(0, new Execution(run, engine, this));
            }
          }
          return out;
        });
  }

  /**
   * Redrives a FAILED, TIMED_OUT or ABORTED execution, as {@code RedriveExecution} does: it goes on
   * from the state that did not succeed (only the unsuccessful iterations and branches of a Map or
   * Parallel there run again), with {@code ExecutionRedriven} in its history and {@code
   * $$.Execution.RedriveCount} one higher. A {@code clientToken} (null: none) already used for a
   * successful redrive of this execution in the last 15 minutes answers again without redriving.
   * {@link Execution#await()} runs it to its new end.
   *
   * @throws SfnApiException {@code ExecutionDoesNotExist}, or {@code ExecutionNotRedrivable} with
   *     AWS's reason (e.g. {@code Execution is SUCCEEDED and cannot be redriven}, {@code Execution
   *     redrivable period exceeded} 14 days after its stop)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Execution redriveExecution(String executionArn, String clientToken) {
    ExecutionRun run = inRegistry(() -> execution(executionArn));
    StateMachineType type = machineType(run);
    run.lane()
        .call(
            () -> {
              int before = run.redriveCount();
              redrives.redrive(run, type, clientToken, engine.now());
              if (run.redriveCount() != before) {
                runningExecutions.incrementAndGet();
                run.onEnd(runningExecutions::decrementAndGet);
              }
              if (run.redriveCount() != before
                  && options.retainedEndedExecutions() != Integer.MAX_VALUE) {
                // running again: not among the ended executions the retention bound may forget
                synchronized (registry) {
                  endedExecutions.remove(executionArn);
                }
                run.onEnd(() -> retainEnded(endedExecutions, executionArn));
              }
              return null;
            });
    return new Execution(run, engine, this);
  }

  /** Why {@code run} cannot be redriven now, or null. */
  String redriveBlocker(ExecutionRun run) {
    return Redrives.blocker(run, machineType(run));
  }

  /** The type of the machine that ran {@code run}; null once the machine is deleted. */
  private StateMachineType machineType(ExecutionRun run) {
    return inRegistry(
        () -> {
          Machine m = machines.get(run.info().stateMachineArn());
          return m == null ? null : m.type();
        });
  }

  /**
   * The Map Runs an execution's Distributed Maps started, as {@code ListMapRuns} lists them.
   *
   * @throws SfnApiException {@code ExecutionDoesNotExist}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<MapRun> listMapRuns(String executionArn) {
    ExecutionRun run = inRegistry(() -> execution(executionArn));
    List<MapRun> out = new ArrayList<>();
    for (MapRunProgress progress : run.mapRuns()) {
      out.add(0, progress.snapshot());
    }
    return out;
  }

  /**
   * A Map Run with its counts, as {@code DescribeMapRun} shows it.
   *
   * @throws SfnApiException {@code ResourceNotFound}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public MapRun describeMapRun(String mapRunArn) {
    return mapRun(mapRunArn).progress().snapshot();
  }

  /**
   * Changes a running Map Run's MaxConcurrency (0: no limit) and tolerated failures, as {@code
   * UpdateMapRun} does; a null argument keeps the current value. The running iterations follow the
   * new settings at once: a higher MaxConcurrency starts waiting iterations, and the next failure
   * is measured against the new tolerance.
   *
   * @throws SfnApiException {@code ResourceNotFound}, or {@code ValidationException} when the run
   *     has ended
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public MapRun updateMapRun(
      String mapRunArn,
      Integer maxConcurrency,
      Double toleratedFailurePercentage,
      Long toleratedFailureCount) {
    FoundMapRun found = mapRun(mapRunArn);
    found
        .run()
        .lane()
        .call(
            () -> {
              if (!found.progress().isRunning()) {
                throw new SfnApiException(
                    "ValidationException",
                    "Map Run '"
                        + mapRunArn
                        + "' has ended: only a RUNNING Map Run can be updated.");
              }
              found
                  .progress()
                  .update(maxConcurrency, toleratedFailurePercentage, toleratedFailureCount);
              return null;
            });
    return found.progress().snapshot();
  }

  /**
   * A Map Run's child workflow executions, newest first, as {@code ListExecutions} with a {@code
   * mapRunArn} lists them.
   *
   * @throws SfnApiException {@code ResourceNotFound}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<MapRunExecution> listMapRunExecutions(String mapRunArn) {
    return mapRun(mapRunArn).progress().children();
  }

  private record FoundMapRun(ExecutionRun run, MapRunProgress progress) {}

  private FoundMapRun mapRun(String mapRunArn) {
    List<ExecutionRun> runs = inRegistry(() -> List.copyOf(executions.values()));
    for (ExecutionRun run : runs) {
      for (MapRunProgress progress : run.mapRuns()) {
        if (progress.arn().equals(mapRunArn)) {
          return new FoundMapRun(run, progress);
        }
      }
    }
    throw new SfnApiException("ResourceNotFound", "Resource not found: '" + mapRunArn + "'");
  }

  /**
   * Stops a running execution: it ends ABORTED with the aborted events of every state in progress.
   *
   * @return false when the execution had already ended
   */
  public boolean stopExecution(String executionArn, String error, String cause) {
    ExecutionRun run = inRegistry(() -> execution(executionArn));
    return run.lane().call(() -> run.stop(error, cause));
  }

  /**
   * One page of an execution's history. For an Express execution this is the emulator's own record
   * (what a Standard execution would have logged): AWS keeps no history of Express executions, and
   * the HTTP endpoint's {@code GetExecutionHistory} refuses their ARNs as AWS does.
   *
   * @param maxResults page size, 1 to 1000 (0 means 1000)
   * @param nextToken the token of the previous page, or null for the first
   */
  public HistoryPage getExecutionHistory(
      String executionArn, boolean reverseOrder, int maxResults, String nextToken) {
    List<HistoryEvent> all = new ArrayList<>(inRegistry(() -> execution(executionArn)).history());
    if (reverseOrder) {
      java.util.Collections.reverse(all);
    }
    int size = maxResults <= 0 ? 1000 : Math.min(maxResults, 1000);
    int from = 0;
    if (nextToken != null) {
      try {
        from = Integer.parseInt(nextToken);
      } catch (NumberFormatException e) {
        throw new SfnApiException("InvalidToken", "Invalid Token: '" + nextToken + "'");
      }
    }
    int to = Math.min(all.size(), from + size);
    return new HistoryPage(
        all.subList(Math.min(from, to), to), to < all.size() ? Integer.toString(to) : null);
  }

  /**
   * Answers a task waiting for {@code taskToken} ({@code .waitForTaskToken} or an activity): its
   * result is {@code output}.
   *
   * @throws SfnApiException {@code InvalidToken}, {@code TaskDoesNotExist}, {@code TaskTimedOut} or
   *     {@code InvalidOutput}
   */
  public void sendTaskSuccess(String taskToken, String output) {
    JsonNode parsed;
    try {
      parsed = Json.parse(output);
    } catch (UncheckedIOException e) {
      throw new SfnApiException(
          "InvalidOutput", "Invalid Output: '" + output + "'. Pass JSON text.");
    }
    engine.callbacks().succeed(taskToken, parsed);
  }

  /** Fails the task waiting for {@code taskToken} with {@code error} and {@code cause}. */
  public void sendTaskFailure(String taskToken, String error, String cause) {
    engine.callbacks().fail(taskToken, error, cause);
  }

  /** Tells the task waiting for {@code taskToken} that its worker is alive (HeartbeatSeconds). */
  public void sendTaskHeartbeat(String taskToken) {
    engine.callbacks().heartbeat(taskToken);
  }

  /** Creates an activity (or returns the existing one of that name). */
  public Activity createActivity(String name) {
    checkName(name, "activity");
    String arn = arn("activity", name);
    return inRegistry(
        () -> activities.computeIfAbsent(arn, a -> new Activity(a, name, engine.now())));
  }

  /**
   * @throws SfnApiException {@code ActivityDoesNotExist}
   */
  public Activity describeActivity(String activityArn) {
    return inRegistry(
        () -> {
          Activity a = activities.get(activityArn);
          if (a == null) {
            throw new SfnApiException(
                "ActivityDoesNotExist", "Activity Does Not Exist: '" + activityArn + "'");
          }
          return a;
        });
  }

  public List<Activity> listActivities() {
    return inRegistry(() -> List.copyOf(activities.values()));
  }

  public void deleteActivity(String activityArn) {
    inRegistry(() -> activities.remove(activityArn));
  }

  /**
   * Takes the oldest task waiting for a worker of {@code activityArn}, waiting up to {@code wait}
   * (real time) for one to be scheduled, as the GetActivityTask long poll does.
   */
  public java.util.Optional<ActivityTask> getActivityTask(
      String activityArn, String workerName, Duration wait) {
    describeActivity(activityArn);
    // another client may answer a stalled execution meanwhile: the poll waits rather than fails
    engine.awaitAnswerable(() -> engine.callbacks().hasActivityTask(activityArn), wait);
    return java.util.Optional.ofNullable(engine.callbacks().poll(activityArn, workerName))
        .map(t -> new ActivityTask(t.taskToken(), Json.write(t.input())));
  }

  /**
   * Waits (skipping virtual time) until every execution has ended, or the timeout passes.
   *
   * @throws IllegalStateException when an execution can never end: it waits for a task token or an
   *     activity worker that nothing in the emulator will answer, and no timer of its own ends the
   *     wait; the message names the state and how to answer it
   */
  public boolean awaitAll(Duration timeout) {
    try {
      return engine.await(() -> runningExecutions.get() == 0, timeout);
    } catch (StalledException e) {
      throw new IllegalStateException(
          e.getMessage()
              + ": it waits for outside input that nothing in the emulator will give, and no timer"
              + " of its own ends the wait. "
              + String.join("; ", e.waits())
              + ". Or move virtual time yourself with emulator.clock().advance(...).",
          e);
    }
  }

  /**
   * Like {@link #awaitAll}, but an execution waiting for outside input does not fail the wait: time
   * stands still until another thread answers it, or the timeout passes. For the HTTP endpoint,
   * whose clients answer task tokens while its time driver awaits.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public boolean awaitAllAnswerable(Duration timeout) {
    return engine.awaitAnswerable(() -> runningExecutions.get() == 0, timeout);
  }

  @Override
  public void close() {
    engine.close();
  }

  private <T> T inRegistry(java.util.function.Supplier<T> action) {
    synchronized (registry) {
      return action.get();
    }
  }

  private Machine machine(String arn) {
    Machine m = machines.get(arn);
    if (m == null) {
      throw new SfnApiException(
          "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + arn + "'. Create it with createStateMachine first.");
    }
    return m;
  }

  private StateMachineVersion version(String versionArn) {
    Versioning.Published published = versioning.version(versionArn);
    if (published == null) {
      throw new SfnApiException(
          "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '"
              + versionArn
              + "'. Publish it with publishVersion first.");
    }
    return published.version();
  }

  private ExecutionRun execution(String arn) {
    ExecutionRun run = executions.get(arn);
    if (run == null) {
      throw new SfnApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
    return run;
  }

  private String arn(String kind, String name) {
    return "arn:aws:states:"
        + options.region()
        + ":"
        + options.accountId()
        + ":"
        + kind
        + ":"
        + name;
  }

  private String generatedName() {
    return StatesUuid.random(names);
  }

  /**
   * Refuses, for an EXPRESS machine, what AWS refuses in one: callbacks ({@code
   * .waitForTaskToken}), {@code .sync} integrations and activities.
   */
  private static void checkExpress(String name, String definition, StateMachineType type) {
    if (type == StateMachineType.EXPRESS) {
      List<Diagnostic> refused = ExpressCheck.check(DefinitionReader.read(definition).tree());
      if (!refused.isEmpty()) {
        throw new DefinitionException(name, new ValidationResult(refused));
      }
    }
  }

  private static void checkName(String name, String what) {
    ApiConstraints.checkName(name, what);
  }

  private JsonNode parseInput(String input) {
    return inputs.parse(input);
  }
}
