package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** One argument of an intrinsic call: a literal, a path or a nested call. */
sealed interface Argument permits LiteralArgument, PathArgument, CallArgument {

  /**
   * The argument's value; {@code field} is the payload field (e.g. {@code x.$}) named in causes.
   */
  JsonNode evaluate(EvaluationScope scope, String field);
}
