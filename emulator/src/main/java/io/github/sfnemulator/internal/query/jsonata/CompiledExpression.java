package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.Frame;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.Map;
import java.util.Set;

/**
 * One JSONata expression, parsed once and evaluable from many threads at once.
 *
 * <p>Thread safety, two traps in jsonata-java 0.9.8:
 *
 * <ul>
 *   <li>{@code evaluate(input)} binds {@code $} into the instance's shared root frame; {@code
 *       evaluate(input, bindings)} creates a fresh frame per call, so every call here passes one.
 *   <li>A static thread-local "current instance" is set by the constructor, and every evaluation on
 *       that thread stores its frame into the current instance's root-frame field. If that instance
 *       is the compiled expression (compiled and then evaluated on one thread), each evaluation's
 *       frame becomes the parent of the next: bindings leak between evaluations (and to other
 *       threads) and the chain grows until lookups overflow the stack. Compiling therefore ends by
 *       constructing a throwaway instance, so no compiled expression is ever a thread's current one
 *       and their root frames are never written after compilation.
 * </ul>
 *
 * <p>Undefined versus null: the library returns Java {@code null} for both. When the plain
 * expression returns {@code null}, it is run again as the value of an object constructor, {@code
 * {"v": (expr)}}, which omits the key exactly when the value is undefined. Expressions are pure
 * apart from {@code $random()}/{@code $uuid()}, which then draw twice from the (deterministic)
 * scope source; the common non-null case pays nothing for the wrapper (about 0.3 us per call).
 */
final class CompiledExpression {
  private static final String RESULT_KEY = "v";

  /** Returned by {@link #evaluate} when the expression yields nothing. */
  static final Object UNDEFINED = new Object();

  private final String source;
  private final Jsonata plain;
  private final Jsonata wrapped;
  private final Set<String> variableNames;
  private final boolean readsStates;

  private CompiledExpression(
      String source, Jsonata plain, Jsonata wrapped, Set<String> variableNames) {
    this.source = source;
    this.plain = plain;
    this.wrapped = wrapped;
    this.readsStates = variableNames.remove("states");
    this.variableNames = Set.copyOf(variableNames);
  }

  /**
   * @param source the text between {@code {%} and {@code %}}, trimmed
   * @throws InvalidExpressionException when it is not valid JSONata or uses {@code $eval}
   */
  static CompiledExpression compile(String source) {
    if (source.isEmpty()) {
      throw new InvalidExpressionException("The JSONata expression is empty: '{% %}'");
    }
    if (ExpressionNesting.depth(source) > ExpressionNesting.MAX_DEPTH) {
      throw new InvalidExpressionException(
          "The JSONata expression nests parentheses, brackets or braces more than "
              + ExpressionNesting.MAX_DEPTH
              + " levels deep; split it with variables ($x := ...) or Assign");
    }
    Set<String> names = new java.util.LinkedHashSet<>(VariableReferences.of(source));
    if (names.contains("eval")) {
      throw new InvalidExpressionException(
          "The JSONata expression '"
              + source
              + "' uses $eval, which Step Functions does not support; use $parse instead");
    }
    Jsonata plain = prepare(parse(source));
    Jsonata wrapped = prepare(parse("{\"" + RESULT_KEY + "\": (\n" + source + "\n)}"));
    detachFromThread();
    return new CompiledExpression(source, plain, wrapped, names);
  }

  private static Jsonata prepare(Jsonata jsonata) {
    jsonata.setValidateInput(false);
    StepFunctionsFunctions.ALL.forEach(jsonata::registerFunction);
    BoundedLibraryFunctions.ALL.forEach(jsonata::registerFunction);
    return jsonata;
  }

  private static Jsonata parse(String text) {
    try {
      Jsonata jsonata = Jsonata.jsonata(text);
      if (jsonata.getErrors() != null && !jsonata.getErrors().isEmpty()) {
        throw new InvalidExpressionException(
            "Invalid JSONata expression '"
                + text
                + "': "
                + jsonata.getErrors().get(0).getMessage());
      }
      return jsonata;
    } catch (StackOverflowError e) {
      // Deep nesting without brackets (a chain of thousands of operators): the parser recurses
      // once per operator. Nothing was built yet, so the overflow leaves nothing behind.
      throw new InvalidExpressionException(
          "The JSONata expression is too deeply nested to parse; split it with variables"
              + " ($x := ...) or Assign");
    } catch (JException e) {
      throw new InvalidExpressionException(
          "Invalid JSONata expression '"
              + text
              + "': "
              + e.getError()
              + ": "
              + LibraryMessages.of(e)
              + (e.getLocation() >= 0 ? " (at position " + e.getLocation() + ")" : ""));
    } catch (InvalidExpressionException e) {
      throw e;
    } catch (RuntimeException e) {
      // The tokenizer compiles /.../ regex literals with java.util.regex and lets its
      // PatternSyntaxException through (found by FuzzTest: "$pad( / $x, ...) ... / ''").
      // The JIT may drop the message of a frequent exception: name the exception then.
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidExpressionException(
          "Invalid JSONata expression '" + text + "': " + message.lines().findFirst().orElse(""));
    }
  }

  /** Makes a throwaway instance this thread's current one (see the class comment). */
  private static void detachFromThread() {
    Jsonata.jsonata("null");
  }

  String source() {
    return source;
  }

  /**
   * The library value of the expression: {@link #UNDEFINED}, {@code null} for JSON null, or a Java
   * value for {@link JsonValues#toJson}. Library failures propagate as thrown.
   */
  Object evaluate(EvaluationScope scope) {
    CurrentEvaluation previous =
        CurrentEvaluation.enter(new CurrentEvaluation(scope, scope.now().toEpochMilli()));
    try {
      Object result = plain.evaluate(null, bindings(scope));
      if (result != null) {
        return result;
      }
      Object holder = wrapped.evaluate(null, bindings(scope));
      return holder instanceof Map<?, ?> map && map.containsKey(RESULT_KEY)
          ? map.get(RESULT_KEY)
          : UNDEFINED;
    } finally {
      CurrentEvaluation.restore(previous);
    }
  }

  private Frame bindings(EvaluationScope scope) {
    Frame bindings = plain.createFrame();
    EvaluationBounds.install(bindings);
    if (readsStates) {
      bindings.bind("states", new StatesObject(scope));
    }
    for (String name : variableNames) {
      var value = scope.variable(name);
      if (value != null) {
        bindings.bind(name, JsonValues.toJava(value));
      }
    }
    return bindings;
  }
}
