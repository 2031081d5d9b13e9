package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Payloads;
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
    JsonNode result =
        function.apply(new IntrinsicArguments(function.name(), arguments, values), scope);
    // Checked at each call, not only on the state's output: nested calls such as
    // States.JsonToString(States.JsonToString(...)) double their size at each level and would
    // exhaust the heap long before the output is measured.
    if (Payloads.exceedsLimit(result)) {
      throw new StatesException(
          StatesErrors.DATA_LIMIT_EXCEEDED,
          "The value of "
              + function.name()
              + " in the field '"
              + field
              + "' exceeds the maximum size of "
              + Payloads.MAX_BYTES
              + " bytes.");
    }
    return result;
  }
}
