package io.github.sfnemulator.junit;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.template.StateMachineTemplate;
import io.github.sfnemulator.template.TemplateStateMachine;
import io.github.sfnemulator.validation.DefinitionException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * One emulator with its mocks and time control, for a test or a test class. Lives in the
 * ExtensionContext.Store, which closes it when its scope ends.
 */
final class Resources implements AutoCloseable {
  private final StepFunctionsEmulator emulator;
  private final TaskMocks mocks = TaskMocks.create();
  private final TimeControl time;
  private final Settings settings;
  private final ConcurrentHashMap<String, StateMachine> machines = new ConcurrentHashMap<>();
  private final AwsServicesBinding awsServices;
  private SfnEndpoint endpoint;

  /**
   * @param startTime where virtual time starts, or null for the settings' start
   * @param mockTestCase the mock config test case executions use, or null for none
   * @param scopeId the unique id of the test or class the emulator serves, which seeds its names
   * @param awsServices the class's {@link AwsServices}, or null
   */
  Resources(
      Settings settings,
      Instant startTime,
      String mockTestCase,
      String scopeId,
      AwsServicesBinding awsServices) {
    this.settings = settings;
    this.awsServices = awsServices;
    declareMocks();
    TaskResponder unrouted =
        settings.fallback() == null ? mocks : mocks.orElse(settings.fallback());
    TaskResponder responder =
        awsServices == null ? unrouted : awsServices.responder(mocks, unrouted);
    this.emulator =
        StepFunctionsEmulator.create(
            settings.optionsFor(startTime, mockTestCase, scopeId).toBuilder()
                .taskResponder(responder)
                .build());
    this.time = new TimeControl(emulator.clock());
  }

  StepFunctionsEmulator emulator() {
    return emulator;
  }

  TaskMocks mocks() {
    return mocks;
  }

  /** Forgets the mocks and calls of the test that ended, keeping the builder's mocks. */
  void resetMocks() {
    mocks.reset();
    declareMocks();
  }

  private void declareMocks() {
    settings.mocks().forEach(declarations -> declarations.accept(mocks));
  }

  /** An SfnClient of the AWS SDK on an endpoint serving this emulator, started on first use. */
  synchronized Object sfnClient() {
    if (endpoint == null) {
      endpoint = new SfnEndpoint(emulator, emulator.options().region());
    }
    return endpoint.client();
  }

  TimeControl time() {
    return time;
  }

  boolean hasAwsServices() {
    return awsServices != null;
  }

  /** An SDK client of the class's {@link AwsServices}, shared by its tests. */
  Object awsServicesClient(Class<?> type, String where) {
    if (awsServices == null) {
      throw new ExtensionConfigurationException(
          where
              + " is an AWS SDK client, which the extension gives only for the AWS services of an"
              + " @AwsServices static field: declare one (a LocalStackContainer or an AwsEndpoint),"
              + " or build the client yourself.");
    }
    try {
      return awsServices.client(type);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
    }
  }

  /** Loads the template a {@link StateMachineDefinition} names. */
  StateMachineTemplate template(
      StateMachineDefinition annotation, ClassLoader loader, String where) {
    Path file = DefinitionLoader.locate(annotation.value(), settings.definitionsRoot(), loader);
    return TemplateDefinitions.load(annotation, file, emulator.options(), where);
  }

  /** Creates the state machine of a definition file once per emulator. */
  StateMachine stateMachine(StateMachineDefinition annotation, ClassLoader loader, String where) {
    Path file = DefinitionLoader.locate(annotation.value(), settings.definitionsRoot(), loader);
    if (TemplateDefinitions.isTemplate(annotation, file)) {
      return templateStateMachine(annotation, loader, where);
    }
    String name =
        annotation.name().isEmpty()
            ? DefinitionLoader.nameOf(annotation.value())
            : annotation.name();
    return machines.computeIfAbsent(
        name + "\u0000" + annotation.value(),
        key -> {
          String json =
              DefinitionLoader.load(annotation.value(), settings.definitionsRoot(), loader, where);
          try {
            return emulator.createStateMachine(name, json);
          } catch (DefinitionException | SfnApiException e) {
            throw new ExtensionConfigurationException(
                String.format(
                    "@StateMachineDefinition(\"%s\") on %s: %s",
                    annotation.value(), where, e.getMessage()),
                e);
          }
        });
  }

  private StateMachine templateStateMachine(
      StateMachineDefinition annotation, ClassLoader loader, String where) {
    TemplateStateMachine machine =
        TemplateDefinitions.stateMachine(template(annotation, loader, where), annotation, where);
    String name = annotation.name().isEmpty() ? machine.nameOrLogicalId() : annotation.name();
    return machines.computeIfAbsent(
        name + "\u0000" + annotation.value() + "#" + machine.logicalId(),
        key -> {
          try {
            return emulator.createStateMachine(name, machine.definition());
          } catch (DefinitionException | SfnApiException e) {
            throw new ExtensionConfigurationException(
                String.format(
                    "@StateMachineDefinition(\"%s\") on %s: %s#%s: %s",
                    annotation.value(),
                    where,
                    annotation.value(),
                    machine.logicalId(),
                    e.getMessage()),
                e);
          }
        });
  }

  /** The ARNs of every execution so far. */
  Set<String> executionArns() {
    Set<String> arns = new LinkedHashSet<>();
    executions().forEach(e -> arns.add(e.arn()));
    return arns;
  }

  /** Every execution so far, oldest first. */
  List<Execution> executions() {
    return emulator.listStateMachines().stream()
        .flatMap(m -> oldestFirst(emulator.listExecutions(m.arn())).stream())
        .sorted((a, b) -> a.startDate().compareTo(b.startDate()))
        .toList();
  }

  private static List<Execution> oldestFirst(List<Execution> newestFirst) {
    List<Execution> copy = new ArrayList<>(newestFirst);
    Collections.reverse(copy);
    return copy;
  }

  @Override
  public void close() {
    SfnEndpoint started;
    synchronized (this) {
      started = endpoint;
    }
    try {
      if (started != null) {
        started.close();
      }
    } finally {
      emulator.close();
    }
  }
}
