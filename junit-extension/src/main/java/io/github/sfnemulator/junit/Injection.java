package io.github.sfnemulator.junit;

import io.github.sfnemulator.EmulatorClock;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.template.StateMachineTemplate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** What the extension injects into fields and parameters, and how misuse is reported. */
final class Injection {
  static final Set<Class<?>> TYPES =
      Set.of(
          StepFunctionsEmulator.class,
          EmulatorClock.class,
          TimeControl.class,
          TaskMocks.class,
          StateMachine.class,
          StateMachineTemplate.class);

  private Injection() {}

  /**
   * Whether {@code type} is the SDK's SfnClient, by name: SfnEndpoint is not touched, since
   * initialising it links the SDK classes it names, which are absent unless the test added them.
   */
  private static boolean isSfnClient(Class<?> type) {
    return type.getName().equals(SfnEndpoint.CLIENT_TYPE);
  }

  /**
   * Whether {@code type} looks like a synchronous AWS SDK service client, by name, so that asking
   * loads no SDK class: an interface {@code software.amazon.awssdk.services.*.*Client}.
   */
  static boolean isServiceClient(Class<?> type) {
    String name = type.getName();
    return type.isInterface()
        && name.startsWith("software.amazon.awssdk.services.")
        && name.endsWith("Client")
        && !name.endsWith("AsyncClient");
  }

  /**
   * Whether {@code type} is an SDK client of the class's {@link AwsServices}: any service client
   * but SfnClient, which is the emulator's.
   */
  static boolean isAwsServicesClient(Class<?> type) {
    return isServiceClient(type) && !isSfnClient(type);
  }

  /** Whether the extension fills a field or parameter of {@code type}. */
  static boolean injectable(Class<?> type) {
    return TYPES.contains(type) || isSfnClient(type);
  }

  /** The value for a field or parameter of {@code type}; {@code definition} may be null. */
  static Object value(
      Class<?> type,
      StateMachineDefinition definition,
      Resources r,
      ClassLoader loader,
      String where) {
    if (definition != null && type == StateMachineTemplate.class) {
      return r.template(definition, loader, where);
    }
    if (definition != null && type != StateMachine.class) {
      throw new ExtensionConfigurationException(
          String.format(
              "@StateMachineDefinition on %s needs the type io.github.sfnemulator.StateMachine,"
                  + " not %s. Change the type (to StateMachineTemplate for a template itself), or"
                  + " remove the annotation.",
              where, type.getName()));
    }
    if (type == StateMachineTemplate.class) {
      throw new ExtensionConfigurationException(
          String.format(
              "%s is a StateMachineTemplate but says not which: annotate it with"
                  + " @StateMachineDefinition(\"template.yaml\").",
              where));
    }
    if (type == StateMachine.class) {
      if (definition == null) {
        throw new ExtensionConfigurationException(
            String.format(
                "%s is a StateMachine but says not which: annotate it with"
                    + " @StateMachineDefinition(\"<file>.asl.json\").",
                where));
      }
      return r.stateMachine(definition, loader, where);
    }
    if (type == StepFunctionsEmulator.class) {
      return r.emulator();
    }
    if (type == EmulatorClock.class) {
      return r.emulator().clock();
    }
    if (type == TimeControl.class) {
      return r.time();
    }
    if (isSfnClient(type)) {
      return r.sfnClient();
    }
    if (isAwsServicesClient(type)) {
      return r.awsServicesClient(type, where);
    }
    return r.mocks();
  }

  /**
   * The fields the extension fills: unset, non-final fields of an injectable type, and every field
   * annotated with {@link StateMachineDefinition} (a StateMachine field without it is the test's
   * own business).
   */
  static List<Field> fields(Class<?> testClass, boolean statics) {
    return fields(testClass, statics, false);
  }

  /**
   * The fields the extension fills, with the unset instance fields of an AWS SDK client type when
   * {@code awsServices} (the class has {@link AwsServices}).
   */
  static List<Field> fields(Class<?> testClass, boolean statics, boolean awsServices) {
    return ReflectionSupport.findFields(
        testClass,
        f -> Modifier.isStatic(f.getModifiers()) == statics && wanted(f, awsServices && !statics),
        HierarchyTraversalMode.TOP_DOWN);
  }

  private static boolean wanted(Field f, boolean awsClients) {
    if (f.isAnnotationPresent(StateMachineDefinition.class)) {
      return true;
    }
    return (injectable(f.getType()) || awsClients && isAwsServicesClient(f.getType()))
        && f.getType() != StateMachine.class
        && f.getType() != StateMachineTemplate.class
        && !Modifier.isFinal(f.getModifiers());
  }

  /** Fills {@code fields} of {@code target} (null for static fields) that are still null. */
  static void inject(List<Field> fields, Object target, Resources r, ClassLoader loader) {
    for (Field f : fields) {
      String where = describe(f);
      if (Modifier.isFinal(f.getModifiers())) {
        throw new ExtensionConfigurationException(
            where + " is final, so the extension cannot set it. Remove 'final'.");
      }
      Object value =
          value(f.getType(), f.getAnnotation(StateMachineDefinition.class), r, loader, where);
      try {
        f.setAccessible(true);
        if (f.get(target) == null) {
          f.set(target, value);
        }
      } catch (IllegalAccessException | RuntimeException e) {
        throw new ExtensionConfigurationException("Cannot set " + where + ": " + e.getMessage(), e);
      }
    }
  }

  /** A static field in a class whose tests each get their own emulator. */
  static ExtensionConfigurationException staticFieldPerTest(Field f) {
    return new ExtensionConfigurationException(
        describe(f)
            + " is static, but each test gets its own emulator here. Make the field non-static,"
            + " or share one emulator across the class with"
            + " @RegisterExtension static StepFunctionsExtension sfn ="
            + " StepFunctionsExtension.newInstance().build();");
  }

  static String describe(Field f) {
    return "field '" + f.getName() + "' of " + f.getDeclaringClass().getSimpleName();
  }
}
