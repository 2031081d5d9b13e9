package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * One {@code States.*} intrinsic function. Implementations are stateless and thread-safe; they
 * check their argument values and raise States.IntrinsicFailure through {@link IntrinsicArguments}.
 */
public interface IntrinsicFunction {

  /** The ASL name, e.g. {@code States.Format}. */
  String name();

  /** Fewest arguments the function accepts; checked when a call is compiled. */
  int minArguments();

  /** Most arguments the function accepts ({@link Integer#MAX_VALUE} when variadic). */
  default int maxArguments() {
    return minArguments();
  }

  /** The function's value for already evaluated arguments. */
  JsonNode apply(IntrinsicArguments args, EvaluationScope scope);
}
