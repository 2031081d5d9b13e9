package io.github.sfnemulator.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Instant;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The per-test settings a test method or class carries ({@link ExecutionStartTime}, {@link
 * MockTestCase}): a method's own, else its class's.
 */
final class TestAnnotations {
  private TestAnnotations() {}

  /** A method of a class that shares one emulator may not ask for an emulator of its own. */
  static void checkSharedEmulator(Method method) {
    if (method.isAnnotationPresent(ExecutionStartTime.class)) {
      throw new ExtensionConfigurationException(
          "@ExecutionStartTime on "
              + method.getName()
              + "() needs an emulator of its own, but this class shares one"
              + " (StepFunctionsExtension in a static field). Register the extension in an"
              + " instance field, use @StepFunctionsTest, or move the start time to the"
              + " builder.");
    }
    if (method.isAnnotationPresent(MockTestCase.class)) {
      throw new ExtensionConfigurationException(
          "@MockTestCase on "
              + method.getName()
              + "() needs an emulator of its own, but this class shares one"
              + " (StepFunctionsExtension in a static field). Register the extension in an"
              + " instance field, or move @MockTestCase to the class.");
    }
  }

  static Instant startTime(AnnotatedElement element) {
    if (element == null) {
      return null;
    }
    ExecutionStartTime a = element.getAnnotation(ExecutionStartTime.class);
    if (a == null && element instanceof Method m) {
      a = m.getDeclaringClass().getAnnotation(ExecutionStartTime.class);
    }
    return a == null ? null : Settings.instant(a.value(), "@ExecutionStartTime on " + element);
  }

  /** The test case a method (or else its class) names, checked against the settings. */
  static String mockTestCase(AnnotatedElement element, Settings settings) {
    if (element == null) {
      return null;
    }
    MockTestCase a = element.getAnnotation(MockTestCase.class);
    if (a == null && element instanceof Method m) {
      a = m.getDeclaringClass().getAnnotation(MockTestCase.class);
    }
    if (a != null && settings.options().mockConfig() == null) {
      throw new ExtensionConfigurationException(
          "@MockTestCase(\""
              + a.value()
              + "\") on "
              + (element instanceof Method m ? m.getName() + "()" : element)
              + " needs a mock config: register the extension with"
              + " StepFunctionsExtension.newInstance().mockConfig(Path.of(\"MockConfigFile.json\"))");
    }
    return a == null ? null : a.value();
  }
}
