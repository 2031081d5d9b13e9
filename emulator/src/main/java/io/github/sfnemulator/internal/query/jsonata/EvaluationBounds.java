package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.Jsonata.EntryCallback;
import com.dashjoin.jsonata.Jsonata.ExitCallback;
import com.dashjoin.jsonata.Jsonata.Frame;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;

/**
 * Deterministic bounds on one JSONata evaluation: how many expression nodes it may evaluate
 * (steps), how deeply evaluations may nest (depth), and how large a string or array any node may
 * yield. An endless expression such as {@code ($f := function($n){ $f($n+1) }; $f(0))} runs as a
 * loop in jsonata-java (tail calls are trampolined), so a step bound ends it; a non-tail recursion
 * ends at the depth bound long before the thread's stack does; and a value that doubles at each
 * step ends at the size bound before it exhausts the heap. Counting is deterministic, unlike the
 * library's own wall-clock {@code Timebox}: the same definition and input fail at the same step.
 *
 * <p>The library looks its entry/exit callbacks up in the evaluation's frame, so binding them on
 * each call's own frame keeps evaluations on different threads apart. The callback interfaces take
 * a package-private parameter type ({@code Parser.Symbol}), which a lambda outside the library
 * cannot name; a {@link Proxy} implements them without naming it.
 */
final class EvaluationBounds implements InvocationHandler {
  /** Expression nodes one evaluation may evaluate: about a third of a second of work. */
  static final int MAX_STEPS = 1_000_000;

  /** Nested evaluations: JSONata nodes inside nodes and function calls inside function calls. */
  static final int MAX_DEPTH = 500;

  /**
   * Characters of a string, or items of an array, that any node may yield: four times the largest
   * payload in bytes, so intermediate values may exceed what a state may output, within reason.
   */
  static final int MAX_VALUE_SIZE = 4 * 262_144;

  private static final ClassLoader LOADER = EvaluationBounds.class.getClassLoader();
  private static final Class<?>[] ENTRY = {EntryCallback.class};
  private static final Class<?>[] EXIT = {ExitCallback.class};

  private int steps;
  private int depth;

  private EvaluationBounds() {}

  /** Installs fresh bounds on {@code frame}, the frame of one evaluation. */
  static void install(Frame frame) {
    EvaluationBounds bounds = new EvaluationBounds();
    frame.setEvaluateEntryCallback((EntryCallback) Proxy.newProxyInstance(LOADER, ENTRY, bounds));
    frame.setEvaluateExitCallback((ExitCallback) Proxy.newProxyInstance(LOADER, EXIT, bounds));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    if (args.length == 3) {
      enter();
    } else {
      exit(args[3]);
    }
    return null;
  }

  private void enter() {
    if (++steps > MAX_STEPS) {
      throw new EvaluationBoundException(
          "U1002: The evaluation took more than "
              + MAX_STEPS
              + " steps: check for a non-terminating recursive function or loop.");
    }
    if (++depth > MAX_DEPTH) {
      throw new EvaluationBoundException(
          "U1001: Stack overflow error: Check for non-terminating recursive function."
              + "  Consider rewriting as tail-recursive.");
    }
  }

  private void exit(Object result) {
    depth--;
    int size =
        result instanceof CharSequence text
            ? text.length()
            : result instanceof Collection<?> items ? items.size() : 0;
    if (size > MAX_VALUE_SIZE) {
      throw new EvaluationBoundException(
          "U1003: A value of "
              + size
              + (result instanceof CharSequence ? " characters" : " items")
              + " was built, more than the "
              + MAX_VALUE_SIZE
              + " allowed: a state's data may not exceed 262144 bytes.");
    }
  }

  private static Object objectMethod(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "EvaluationBounds";
    };
  }

  /** One of the bounds was crossed; its message is the cause's tail. */
  static final class EvaluationBoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EvaluationBoundException(String message) {
      super(message, null, false, false);
    }
  }
}
