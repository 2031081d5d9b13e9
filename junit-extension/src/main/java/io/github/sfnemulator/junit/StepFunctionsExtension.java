package io.github.sfnemulator.junit;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.mock.TaskMocks;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link StepFunctionsTest}: gives tests an emulator with virtual
 * time, injects it with the state machines they name and the test's {@link TaskMocks}, fails a test
 * whose Task calls found no mock, and prints the trace of the test's executions when it fails.
 *
 * <p>When a test fails, each of its executions is also drawn as SVG under {@code
 * target/sfn-reports/TestClass/testMethod/} and the failure names the picture; {@code
 * -Dsfn.pictures=all} draws passing tests too, {@code none} nothing. Every execution is recorded as
 * state-machine coverage in {@code target/sfn-coverage/junit/}, which {@code sfn:coverage-report}
 * merges ({@code -Dsfn.coverage=false} turns that off).
 *
 * <p>Registered programmatically, it takes settings, and its lifetime follows the field: a static
 * field shares one emulator across the class, an instance field gives each test its own.
 *
 * <pre>{@code
 * @RegisterExtension
 * static StepFunctionsExtension sfn = StepFunctionsExtension.newInstance()
 *     .region("eu-west-1")
 *     .startTime(Instant.parse("2024-06-01T00:00:00Z"))
 *     .definitionsRoot("statemachines")
 *     .mocks(mocks -> mocks.stubFor(state("Notify").willReturn("{}")))
 *     .build();
 *
 * @Test
 * void notifies(@StateMachineDefinition("order.asl.json") StateMachine order) {
 *   assertThat(sfn.emulator().startExecution(order.arn(), "{}").await()).hasSucceeded();
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StepFunctionsExtension
    implements ExecutionCondition,
        BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler,
        TestWatcher {
  private static final Namespace NAMESPACE = Namespace.create(StepFunctionsExtension.class);
  private static final String BEFORE_TEST = "executionsBeforeTest";
  private static final String TRACE = "traceOfFailedTest:";
  private static final String PICTURES = "picturesOfTest";
  private static final String COVERAGE = "coverageRecorder";
  private static final String AWS_SERVICES = "awsServices";

  /** Null when declared through {@link StepFunctionsTest}: settings come from the annotation. */
  private final Settings settings;

  /** The emulator in use, for the programmatic accessors; never read by the callbacks. */
  private volatile Resources active;

  /** For {@code @ExtendWith} and {@link StepFunctionsTest}: one emulator per test. */
  public StepFunctionsExtension() {
    this(null);
  }

  StepFunctionsExtension(Settings settings) {
    this.settings = settings;
  }

  /** Starts a builder for {@code @RegisterExtension}. */
  public static StepFunctionsExtensionBuilder newInstance() {
    return new StepFunctionsExtensionBuilder();
  }

  /** The emulator of the running test (or class, for a static field). */
  public StepFunctionsEmulator emulator() {
    return active().emulator();
  }

  /**
   * The mocks of the running test: the builder's, and those the test declares, which are forgotten
   * after it.
   */
  public TaskMocks mocks() {
    return active().mocks();
  }

  /** Time control over the running test's emulator. */
  public TimeControl time() {
    return active().time();
  }

  /** Skips a class whose {@link AwsServices} container cannot start for want of Docker. */
  @Override
  public final ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()) {
      return ConditionEvaluationResult.enabled("decided for the class");
    }
    return AwsServicesBinding.condition(context.getRequiredTestClass());
  }

  @Override
  public final void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    AwsServicesBinding aws =
        AwsServicesBinding.open(testClass, settings(context).options().region());
    if (aws != null) {
      context.getStore(NAMESPACE).put(AWS_SERVICES, aws);
    }
    if (settings == null) {
      for (Field f : Injection.fields(testClass, true)) {
        throw Injection.staticFieldPerTest(f);
      }
      return;
    }
    AnnotatedElement element = context.getElement().orElse(null);
    Resources r =
        new Resources(
            settings,
            TestAnnotations.startTime(element),
            TestAnnotations.mockTestCase(element, settings),
            context.getUniqueId(),
            awsServices(context));
    context.getStore(NAMESPACE).put(this, r);
    active = r;
    Injection.inject(Injection.fields(testClass, true), null, r, testClass.getClassLoader());
  }

  @Override
  public final void beforeEach(ExtensionContext context) {
    Resources shared = context.getStore(NAMESPACE).get(this, Resources.class);
    Resources r;
    if (shared != null) {
      TestAnnotations.checkSharedEmulator(context.getRequiredTestMethod());
      context.getStore(NAMESPACE).put(BEFORE_TEST, shared.executionArns());
      r = shared;
    } else {
      r = resources(context);
    }
    if (settings != null) {
      active = r;
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      Injection.inject(
          Injection.fields(instance.getClass(), false, r.hasAwsServices()),
          instance,
          r,
          instance.getClass().getClassLoader());
    }
    onBeforeEach(context, r.emulator());
  }

  /** A hook for subclasses, called after injection and before the test's {@code @BeforeEach}. */
  protected void onBeforeEach(ExtensionContext context, StepFunctionsEmulator emulator) {}

  @Override
  public final void afterEach(ExtensionContext context) {
    Resources r = context.getStore(NAMESPACE).get(this, Resources.class);
    if (r == null) {
      return;
    }
    ReportSettings reports = ReportSettings.of(context);
    if (context.getExecutionException().isPresent()) {
      context
          .getParent()
          .ifPresent(
              p -> p.getStore(NAMESPACE).put(TRACE + context.getUniqueId(), report(context, r)));
    } else if (reports.pictures() == ReportSettings.Pictures.ALL) {
      pictures(context, r);
    }
    if (reports.coverage()) {
      List<String> problems =
          context
              .getRoot()
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(
                  COVERAGE,
                  k -> new CoverageRecorder(reports.coverageDirectory()),
                  CoverageRecorder.class)
              .record(context.getRequiredTestClass(), r.emulator(), testExecutions(context, r));
      if (!problems.isEmpty()) {
        context.publishReportEntry("sfn-emulator coverage", String.join("\n", problems));
      }
    }
    try {
      r.mocks().verifyNoUnmatchedCalls();
    } finally {
      if (context.getStore(NAMESPACE).get(BEFORE_TEST) != null) {
        r.resetMocks();
      }
    }
  }

  @Override
  public final void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    Resources r = context.getStore(NAMESPACE).get(this, Resources.class);
    if (r != null) {
      String traces = report(context, r);
      if (!traces.isEmpty()) {
        throwable.addSuppressed(new ExecutionTraces(traces));
      }
    }
    throw throwable;
  }

  @Override
  public final void testFailed(ExtensionContext context, Throwable cause) {
    Optional<ExtensionContext> parent = context.getParent();
    if (parent.isEmpty()) {
      return;
    }
    String traces =
        parent.get().getStore(NAMESPACE).remove(TRACE + context.getUniqueId(), String.class);
    if (traces != null && !traces.isEmpty()) {
      context.publishReportEntry("sfn-emulator executions", traces);
    }
  }

  @Override
  public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return Injection.injectable(type)
        || parameter.isAnnotated(StateMachineDefinition.class)
        || Injection.isAwsServicesClient(type) && awsServices(context) != null;
  }

  @Override
  public final Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Executable executable = parameter.getDeclaringExecutable();
    // Without javac -parameters, names are arg0, arg1...: the position says more.
    String where =
        (parameter.getParameter().isNamePresent()
                ? "parameter '" + parameter.getParameter().getName() + "'"
                : "parameter #"
                    + (parameter.getIndex() + 1)
                    + " ("
                    + parameter.getParameter().getType().getSimpleName()
                    + ")")
            + " of "
            + executable.getName()
            + "()";
    if (!(executable instanceof Method) || context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          where
              + ": the emulator exists only while a test runs. Inject it into a test method,"
              + " a @BeforeEach method or a field instead.");
    }
    try {
      return Injection.value(
          parameter.getParameter().getType(),
          parameter.findAnnotation(StateMachineDefinition.class).orElse(null),
          resources(context),
          context.getRequiredTestClass().getClassLoader(),
          where);
    } catch (ExtensionConfigurationException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  /** The emulator for a test: the class's shared one, else the test's own, created on first use. */
  private Resources resources(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    return store.getOrComputeIfAbsent(
        this,
        key -> {
          Settings s = settings(context);
          Method method = context.getRequiredTestMethod();
          return new Resources(
              s,
              TestAnnotations.startTime(method),
              TestAnnotations.mockTestCase(method, s),
              context.getUniqueId(),
              awsServices(context));
        },
        Resources.class);
  }

  /** The {@link AwsServices} of the test class or an enclosing one, or null. */
  private static AwsServicesBinding awsServices(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(AWS_SERVICES, AwsServicesBinding.class);
  }

  private Settings settings(ExtensionContext context) {
    if (settings != null) {
      return settings;
    }
    return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), StepFunctionsTest.class)
        .map(Settings::of)
        .orElseGet(() -> StepFunctionsExtensionBuilder.defaults());
  }

  /** The traces of the executions the test started, then where their pictures are. */
  private static String report(ExtensionContext context, Resources r) {
    List<Execution> executions = testExecutions(context, r);
    List<String> lines = new ArrayList<>();
    executions.forEach(e -> lines.add(ExecutionTrace.of(e).render()));
    if (ReportSettings.of(context).pictures() != ReportSettings.Pictures.NONE) {
      lines.addAll(pictures(context, r));
    }
    return String.join(System.lineSeparator(), lines);
  }

  /** Draws the test's executions once, however often asked. */
  @SuppressWarnings("unchecked")
  private static List<String> pictures(ExtensionContext context, Resources r) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            PICTURES,
            k ->
                ExecutionPictures.write(
                    context,
                    r.emulator(),
                    testExecutions(context, r),
                    ReportSettings.of(context).picturesDirectory()),
            List.class);
  }

  /** The executions the test started. */
  private static List<Execution> testExecutions(ExtensionContext context, Resources r) {
    @SuppressWarnings("unchecked")
    Set<String> before = context.getStore(NAMESPACE).get(BEFORE_TEST, Set.class);
    return r.executions().stream()
        .filter(e -> before == null || !before.contains(e.arn()))
        .toList();
  }

  private Resources active() {
    Resources r = active;
    if (r == null) {
      throw new IllegalStateException(
          settings == null
              ? "This StepFunctionsExtension was declared with @StepFunctionsTest or @ExtendWith:"
                  + " inject StepFunctionsEmulator, TaskMocks or TimeControl as a"
                  + " parameter or field instead."
              : "No test is running: the emulator exists from beforeAll (static field) or"
                  + " beforeEach (instance field) on.");
    }
    return r;
  }
}
