package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** {@code States.MathAdd}: the sum of two numbers, each first rounded to an integer (halves up). */
final class StatesMathAdd implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.MathAdd";
  }

  @Override
  public int minArguments() {
    return 2;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    long sum = (long) args.integer(0) + args.integer(1);
    return sum == (int) sum ? Json.NODES.numberNode((int) sum) : Json.NODES.numberNode(sum);
  }
}
