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
 * <p>Thread safety: jsonata-java 0.9.8 shares a {@link Jsonata}'s root frame between calls and,
 * when {@code evaluate} is given no bindings, binds {@code $} into that shared frame. With a
 * bindings frame it creates a fresh execution frame per call, so every call here passes one, and
 * nothing writes to the shared frame after compilation. The library's per-thread instance only
 * caches the current input for {@code $eval}, which Step Functions does not offer.
 *
 * <p>Undefined versus null: the library returns Java {@code null} for both, so the expression runs
 * as the value of an object constructor, {@code {"v": (expr)}}, which omits the key exactly when
 * the value is undefined.
 */
final class CompiledExpression {
  private static final String RESULT_KEY = "v";

  /** Returned by {@link #evaluate} when the expression yields nothing. */
  static final Object UNDEFINED = new Object();

  private final String source;
  private final Jsonata wrapped;
  private final Set<String> variableNames;
  private final boolean readsStates;

  private CompiledExpression(String source, Jsonata wrapped, Set<String> variableNames) {
    this.source = source;
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
    Set<String> names = new java.util.LinkedHashSet<>(VariableReferences.of(source));
    if (names.contains("eval")) {
      throw new InvalidExpressionException(
          "The JSONata expression '"
              + source
              + "' uses $eval, which Step Functions does not support; use $parse instead");
    }
    parse(source);
    Jsonata wrapped = parse("{\"" + RESULT_KEY + "\": (\n" + source + "\n)}");
    wrapped.setValidateInput(false);
    StepFunctionsFunctions.ALL.forEach(wrapped::registerFunction);
    return new CompiledExpression(source, wrapped, names);
  }

  private static Jsonata parse(String text) {
    try {
      Jsonata jsonata = Jsonata.jsonata(text);
      if (jsonata.getErrors() != null && !jsonata.getErrors().isEmpty()) {
        throw new InvalidExpressionException(
            "Invalid JSONata expression '" + text + "': " + jsonata.getErrors().get(0).getMessage());
      }
      return jsonata;
    } catch (JException e) {
      throw new InvalidExpressionException(
          "Invalid JSONata expression '"
              + text
              + "': "
              + e.getError()
              + ": "
              + LibraryMessages.of(e)
              + (e.getLocation() >= 0 ? " (at position " + e.getLocation() + ")" : ""));
    }
  }

  String source() {
    return source;
  }

  /**
   * The library value of the expression: {@link #UNDEFINED}, {@code null} for JSON null, or a
   * Java value for {@link JsonValues#toJson}. Library failures propagate as thrown.
   */
  Object evaluate(EvaluationScope scope) {
    Frame bindings = wrapped.createFrame();
    if (readsStates) {
      bindings.bind("states", new StatesObject(scope));
    }
    for (String name : variableNames) {
      var value = scope.variable(name);
      if (value != null) {
        bindings.bind(name, JsonValues.toJava(value));
      }
    }
    CurrentEvaluation previous =
        CurrentEvaluation.enter(new CurrentEvaluation(scope, System.currentTimeMillis()));
    try {
      Object result = wrapped.evaluate(null, bindings);
      if (result instanceof Map<?, ?> holder && holder.containsKey(RESULT_KEY)) {
        return holder.get(RESULT_KEY);
      }
      return UNDEFINED;
    } finally {
      CurrentEvaluation.restore(previous);
    }
  }
}
