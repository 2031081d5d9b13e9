package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.mock.MockConfig;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Configures a {@link StepFunctionsExtension} for {@code @RegisterExtension}; {@link #build()}
 * checks the values.
 *
 * <pre>{@code
 * @RegisterExtension
 * StepFunctionsExtension sfn = StepFunctionsExtension.newInstance()
 *     .accountId("210987654321")
 *     .mocks(mocks -> mocks.stubFor(state("Notify").willReturn("{}")))
 *     .mockConfig(Path.of("src/test/resources/MockConfigFile.json"))
 *     .taskResponder(awsBackends)     // answers what no mock selects
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StepFunctionsExtensionBuilder {
  private EmulatorOptions.Builder options = EmulatorOptions.newBuilder();
  private String definitionsRoot = "";
  private final List<Consumer<TaskMocks>> mocks = new ArrayList<>();
  private TaskResponder fallback;

  StepFunctionsExtensionBuilder() {}

  /**
   * Starts from these emulator options (random seed, real time, mock config...). Region, account
   * and start time given to this builder override theirs; their TaskResponder, unless the default,
   * becomes the {@link #taskResponder fallback}.
   */
  public StepFunctionsExtensionBuilder options(EmulatorOptions base) {
    this.options = base.toBuilder();
    if (base.taskResponder() != EmulatorOptions.getDefaultInstance().taskResponder()) {
      fallback = base.taskResponder();
    }
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
   * Declares mocks every test starts with: {@code declarations} runs on each test's {@link
   * TaskMocks} before the test, so these mocks persist while the test's own are forgotten after it.
   * A test's mocks, declared later, win over these.
   */
  public StepFunctionsExtensionBuilder mocks(Consumer<TaskMocks> declarations) {
    mocks.add(Objects.requireNonNull(declarations, "declarations"));
    return this;
  }

  /**
   * Answers every Task call that no mock selects, e.g. {@code AwsBackends}; the last one given
   * wins. Without one, such a call fails the execution and the test.
   */
  public StepFunctionsExtensionBuilder taskResponder(TaskResponder fallback) {
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    return this;
  }

  /**
   * AWS Step Functions Local's MockConfigFile.json, whose test cases {@link MockTestCase} selects.
   *
   * @throws io.github.sfnemulator.mock.MockConfigException when the file is malformed
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public StepFunctionsExtensionBuilder mockConfig(Path file) {
    options.mockConfig(MockConfig.fromPath(Objects.requireNonNull(file, "file")));
    return this;
  }

  /**
   * @throws IllegalArgumentException when the region or account id is malformed
   */
  public StepFunctionsExtension build() {
    return new StepFunctionsExtension(
        new Settings(options.build(), definitionsRoot, List.copyOf(mocks), fallback));
  }

  static Settings defaults() {
    return new Settings(EmulatorOptions.getDefaultInstance(), "", List.of(), null);
  }
}
