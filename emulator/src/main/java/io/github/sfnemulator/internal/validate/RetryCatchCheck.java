package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Pointers;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Retriers and catchers: their fields, ErrorEquals (States.ALL alone and last, no unknown reserved
 * names) and the ranges of the retry numbers.
 */
final class RetryCatchCheck implements Check {
  private static final List<String> RETRIER_FIELDS =
      List.of(
          "ErrorEquals",
          "IntervalSeconds",
          "MaxAttempts",
          "BackoffRate",
          "MaxDelaySeconds",
          "JitterStrategy",
          "Comment");
  private static final List<String> CATCHER_FIELDS =
      List.of("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");
  // HTTP Task errors are reserved names that StatesErrors does not list.
  private static final String HTTP_ERRORS = "States.Http.";

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    for (String list : List.of("Retry", "Catch")) {
      JsonNode items = state.get(list);
      if (state.type() == null || items == null || !items.isArray()) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        String pointer = Pointers.child(state.pointer(list), i);
        JsonNode item = items.get(i);
        if (!item.isObject()) {
          out.add(SchemaMessages.wrongType(pointer, list + "/" + i, "an object", item));
          continue;
        }
        boolean last = i == items.size() - 1;
        String owner =
            (list.equals("Retry") ? "retrier " : "catcher ")
                + i
                + " of state '"
                + state.name()
                + "'";
        fields(state, list, pointer, owner, item, out);
        errorEquals(list, pointer, owner, item.get("ErrorEquals"), last, out);
      }
    }
  }

  private static void fields(
      StateContext state,
      String list,
      String pointer,
      String owner,
      JsonNode item,
      DiagnosticSink out) {
    List<String> allowed = list.equals("Retry") ? RETRIER_FIELDS : CATCHER_FIELDS;
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      String fieldPointer = Pointers.child(pointer, name);
      if (!allowed.contains(name)) {
        out.add(SchemaMessages.unknownField(fieldPointer, owner, name, allowed));
      } else if (list.equals("Retry")) {
        RetrierNumbers.check(fieldPointer, name, field.getValue(), out);
      } else {
        CatcherFields.check(state, fieldPointer, name, field.getValue(), out);
      }
    }
    if (list.equals("Catch") && !item.has("Next")) {
      out.add(SchemaMessages.missingField(pointer, owner, "Next"));
    }
  }

  private static void errorEquals(
      String list,
      String pointer,
      String owner,
      JsonNode errors,
      boolean last,
      DiagnosticSink out) {
    String errorsPointer = Pointers.child(pointer, "ErrorEquals");
    if (errors == null) {
      out.add(SchemaMessages.missingField(pointer, owner, "ErrorEquals"));
      return;
    }
    if (!errors.isArray()) {
      out.add(
          SchemaMessages.wrongType(
              errorsPointer, "ErrorEquals", "an array of error names", errors));
      return;
    }
    if (errors.isEmpty()) {
      out.add(RuleMessages.emptyErrorEquals(errorsPointer));
    }
    for (int j = 0; j < errors.size(); j++) {
      JsonNode error = errors.get(j);
      String errorPointer = Pointers.child(errorsPointer, j);
      if (!error.isTextual()) {
        out.add(
            SchemaMessages.wrongType(
                errorPointer, "ErrorEquals/" + j, "an error name string", error));
      } else if (error.textValue().equals(StatesErrors.ALL) && (errors.size() > 1 || !last)) {
        out.add(RuleMessages.statesAllNotLast(errorPointer, list));
      } else if (error.textValue().startsWith("States.")
          && !StatesErrors.isReserved(error.textValue())
          && !error.textValue().startsWith(HTTP_ERRORS)) {
        out.add(RuleMessages.unknownReservedError(errorPointer, error.textValue()));
      }
    }
  }
}
