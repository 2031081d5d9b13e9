package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.List;

/** A call of an intrinsic function, as the whole expression or nested as an argument. */
record CallArgument(IntrinsicFunction function, List<Argument> arguments) implements Argument {

  CallArgument {
    arguments = List.copyOf(arguments);
  }

  @Override
  public JsonNode evaluate(EvaluationScope scope, String field) {
    JsonNode[] values = new JsonNode[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = arguments.get(i).evaluate(scope, field);
    }
    return function.apply(new IntrinsicArguments(function.name(), arguments, values), scope);
  }
}
