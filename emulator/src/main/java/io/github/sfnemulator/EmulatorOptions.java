package io.github.sfnemulator;

import io.github.sfnemulator.mock.MockConfig;
import io.github.sfnemulator.mock.TaskResponder;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Immutable settings of a {@link StepFunctionsEmulator}.
 *
 * <pre>{@code
 * EmulatorOptions options = EmulatorOptions.newBuilder()
 *     .region("eu-west-1")
 *     .accountId("210987654321")
 *     .startTime(Instant.parse("2024-01-01T00:00:00Z"))
 *     .taskResponder(call -> TaskResponse.returning(call.parameters()))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EmulatorOptions {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  /**
   * Ended executions kept by default: the newest 10,000. Enough for any test to look up what it
   * ran, and a bound, so a long test run or a {@code serve} process under load keeps memory flat
   * (keeping every execution of a 51-event machine filled a 512 MB heap after 36,205 executions).
   */
  public static final int DEFAULT_RETAINED_ENDED_EXECUTIONS = 10_000;

  private static final EmulatorOptions DEFAULT = newBuilder().build();

  private final String region;
  private final String accountId;
  private final boolean virtualTime;
  private final Instant startTime;
  private final long randomSeed;
  private final TaskResponder taskResponder;
  private final MockConfig mockConfig;
  private final String mockTestCase;
  private final int retainedEndedExecutions;

  private EmulatorOptions(Builder b) {
    this.retainedEndedExecutions = b.retainedEndedExecutions;
    this.mockConfig = b.mockConfig;
    this.mockTestCase = b.mockTestCase;
    this.region = b.region;
    this.accountId = b.accountId;
    this.virtualTime = b.virtualTime;
    this.startTime = b.startTime;
    this.randomSeed = b.randomSeed;
    this.taskResponder = b.taskResponder;
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * us-east-1, account 123456789012, virtual time from 2024-01-01T00:00:00Z, seed 0, the newest
   * {@value #DEFAULT_RETAINED_ENDED_EXECUTIONS} ended executions kept.
   */
  public static EmulatorOptions getDefaultInstance() {
    return DEFAULT;
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  /** Whether the clock is virtual (the default) rather than the system clock. */
  public boolean virtualTime() {
    return virtualTime;
  }

  /** Where the virtual clock starts. */
  public Instant startTime() {
    return startTime;
  }

  /**
   * Seed of the emulator's random sources: generated execution names, each execution's UUIDs,
   * random numbers and retry jitter, revision ids, and the version an alias picks for each
   * execution (the same seed and the same starts, in the same order, pick the same versions).
   */
  public long randomSeed() {
    return randomSeed;
  }

  /** Answers Task states. */
  public TaskResponder taskResponder() {
    return taskResponder;
  }

  /**
   * The Step Functions Local mock config whose test cases executions select with a {@code
   * #TestCase} suffix on the state machine ARN; null when none is set.
   */
  public MockConfig mockConfig() {
    return mockConfig;
  }

  /**
   * The mock config test case executions use when their StartExecution ARN names none; null when
   * none is set.
   */
  public String mockTestCase() {
    return mockTestCase;
  }

  /**
   * How many ended executions the emulator keeps for {@code describeExecution}, {@code
   * listExecutions} and {@code getExecutionHistory}: {@value #DEFAULT_RETAINED_ENDED_EXECUTIONS}
   * unless set; {@link Integer#MAX_VALUE} keeps them all.
   */
  public int retainedEndedExecutions() {
    return retainedEndedExecutions;
  }

  public Builder toBuilder() {
    return new Builder()
        .region(region)
        .accountId(accountId)
        .virtualTime(virtualTime)
        .startTime(startTime)
        .randomSeed(randomSeed)
        .taskResponder(taskResponder)
        .mockConfig(mockConfig)
        .mockTestCase(mockTestCase)
        .retainedEndedExecutions(retainedEndedExecutions);
  }

  /**
   * Builds {@link EmulatorOptions}; {@link #build()} checks the values.
   *
   * <pre>{@code
   * EmulatorOptions options = EmulatorOptions.newBuilder().region("eu-west-1").randomSeed(42).build();
   * EmulatorOptions sameButSystemClock = options.toBuilder().virtualTime(false).build();
   * }</pre>
   */
  public static final class Builder {
    private String region = "us-east-1";
    private String accountId = "123456789012";
    private boolean virtualTime = true;
    private Instant startTime = Instant.parse("2024-01-01T00:00:00Z");
    private long randomSeed;
    private TaskResponder taskResponder = TaskResponder.none();
    private MockConfig mockConfig;
    private String mockTestCase;
    private int retainedEndedExecutions = DEFAULT_RETAINED_ENDED_EXECUTIONS;

    private Builder() {}

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /** True (default) for a virtual clock that skips ahead; false for the system clock. */
    public Builder virtualTime(boolean virtualTime) {
      this.virtualTime = virtualTime;
      return this;
    }

    public Builder startTime(Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    public Builder randomSeed(long randomSeed) {
      this.randomSeed = randomSeed;
      return this;
    }

    public Builder taskResponder(TaskResponder taskResponder) {
      this.taskResponder = taskResponder;
      return this;
    }

    /**
     * A MockConfigFile.json (AWS Step Functions Local's format): {@code startExecution(machineArn +
     * "#HappyPath", input)} answers the states that test case mocks from it, and the others from
     * the task responder.
     */
    public Builder mockConfig(MockConfig mockConfig) {
      this.mockConfig = mockConfig;
      return this;
    }

    /**
     * The test case of the {@link #mockConfig mock config} that executions use when their
     * StartExecution ARN has no {@code #TestCase} suffix, for the state machines the config lists;
     * executions of other state machines use only the task responder. Null (the default) for none.
     */
    public Builder mockTestCase(String mockTestCase) {
      this.mockTestCase = mockTestCase;
      return this;
    }

    /**
     * How many ended executions the emulator keeps; once more have ended, the oldest ended ones are
     * forgotten, as AWS forgets executions 90 days after they end: looking one up by ARN then gives
     * {@code ExecutionDoesNotExist}, and its name may be used again. Running executions are always
     * kept, and an {@link Execution} you hold stays readable. The default, {@value
     * #DEFAULT_RETAINED_ENDED_EXECUTIONS}, keeps memory flat when one emulator serves a long test
     * run, a benchmark or a {@code serve} process; {@link Integer#MAX_VALUE} keeps every execution.
     * Standard and Express executions are counted apart, each kind up to {@code count}: a burst of
     * Express executions never makes a Standard one forgotten.
     */
    public Builder retainedEndedExecutions(int count) {
      this.retainedEndedExecutions = count;
      return this;
    }

    /**
     * @throws IllegalArgumentException when the region or account id is malformed, or a mock test
     *     case is set without a mock config, or the retained execution count is negative
     */
    public EmulatorOptions build() {
      Objects.requireNonNull(startTime, "startTime");
      Objects.requireNonNull(taskResponder, "taskResponder");
      if (region == null || !REGION.matcher(region).matches()) {
        throw new IllegalArgumentException(
            "region '" + region + "' is not an AWS region name such as 'us-east-1'");
      }
      if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
        throw new IllegalArgumentException(
            "accountId '" + accountId + "' must be 12 digits, such as '123456789012'");
      }
      if (mockTestCase != null && mockConfig == null) {
        throw new IllegalArgumentException(
            "mockTestCase '" + mockTestCase + "' needs a mockConfig to read it from");
      }
      if (retainedEndedExecutions < 0) {
        throw new IllegalArgumentException(
            "retainedEndedExecutions " + retainedEndedExecutions + " must be 0 or more");
      }
      return new EmulatorOptions(this);
    }
  }
}
