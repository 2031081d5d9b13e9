package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * {@code States.MathRandom}: a random integer from a start (inclusive) to an end (exclusive); an
 * optional seed makes it repeatable.
 */
final class StatesMathRandom implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.MathRandom";
  }

  @Override
  public int minArguments() {
    return 2;
  }

  @Override
  public int maxArguments() {
    return 3;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    int start = args.integer(0);
    int end = args.integer(1);
    if (start >= end) {
      throw args.failure("the start (" + start + ") must be less than the end (" + end + ")");
    }
    RandomGenerator random =
        args.size() == 3 ? new SplittableRandom(args.integer(2)) : scope.random();
    return Json.NODES.numberNode(random.nextInt(start, end));
  }
}
