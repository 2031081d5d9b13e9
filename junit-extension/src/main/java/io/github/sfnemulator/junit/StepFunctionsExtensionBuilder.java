package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.mock.TaskResponder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Configures a {@link StepFunctionsExtension} for {@code @RegisterExtension}; {@link #build()}
 * checks the values.
 *
 * <pre>{@code
 * @RegisterExtension
 * StepFunctionsExtension sfn = StepFunctionsExtension.newInstance()
 *     .accountId("210987654321")
 *     .taskResponder(myMockSet)       // any TaskResponder: a mock DSL, a MockConfigFile case
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StepFunctionsExtensionBuilder {
  private EmulatorOptions.Builder options = EmulatorOptions.newBuilder();
  private String definitionsRoot = "";
  private final Map<String, TaskResponder> stateMocks = new LinkedHashMap<>();
  private final List<TaskResponder> mocksForAll = new ArrayList<>();

  StepFunctionsExtensionBuilder() {}

  /**
   * Starts from these emulator options (random seed, real time...). Region, account and start time
   * given to this builder override theirs; their TaskResponder answers states without a mock.
   */
  public StepFunctionsExtensionBuilder options(EmulatorOptions base) {
    this.options = base.toBuilder();
    mocksForAll.add(base.taskResponder());
    return this;
  }

  public StepFunctionsExtensionBuilder region(String region) {
    options.region(region);
    return this;
  }

  public StepFunctionsExtensionBuilder accountId(String accountId) {
    options.accountId(accountId);
    return this;
  }

  /** Where virtual time starts; {@link ExecutionStartTime} overrides it per test. */
  public StepFunctionsExtensionBuilder startTime(Instant startTime) {
    options.startTime(startTime);
    return this;
  }

  /**
   * The folder {@link StateMachineDefinition} names are relative to: a classpath folder, else a
   * file-system folder.
   */
  public StepFunctionsExtensionBuilder definitionsRoot(String definitionsRoot) {
    this.definitionsRoot = Objects.requireNonNull(definitionsRoot, "definitionsRoot");
    return this;
  }

  /**
   * Answers every Task state that has no mock of its own, in every test; the last one given wins.
   * This is where a whole mock set (a DSL, a MockConfigFile test case) plugs in.
   */
  public StepFunctionsExtensionBuilder taskResponder(TaskResponder responder) {
    mocksForAll.add(Objects.requireNonNull(responder, "responder"));
    return this;
  }

  /** Answers the Task state {@code stateName} in every test. */
  public StepFunctionsExtensionBuilder mock(String stateName, TaskResponder responder) {
    stateMocks.put(
        Objects.requireNonNull(stateName, "stateName"),
        Objects.requireNonNull(responder, "responder"));
    return this;
  }

  /**
   * @throws IllegalArgumentException when the region or account id is malformed
   */
  public StepFunctionsExtension build() {
    // The registry routes calls; a default responder that knows no state would hide "no mock".
    List<TaskResponder> forAll = new ArrayList<>(mocksForAll);
    forAll.remove(EmulatorOptions.getDefaultInstance().taskResponder());
    return new StepFunctionsExtension(
        new Settings(
            options.build(), definitionsRoot, Map.copyOf(stateMocks), List.copyOf(forAll)));
  }

  static Settings defaults() {
    return new Settings(EmulatorOptions.getDefaultInstance(), "", Map.of(), List.of());
  }
}
