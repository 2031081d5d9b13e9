package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.Catcher;
import io.github.sfnemulator.internal.model.DataFlow;
import io.github.sfnemulator.internal.model.QueryLanguage;
import io.github.sfnemulator.internal.model.Retrier;
import io.github.sfnemulator.internal.model.Retrier.JitterStrategy;
import java.util.ArrayList;
import java.util.List;

/** Parses Retry and Catch. */
final class Recovery {
  private Recovery() {}

  static List<Retrier> retriers(JsonNode retry) {
    List<Retrier> out = new ArrayList<>();
    for (int i = 0; retry != null && i < retry.size(); i++) {
      JsonNode r = retry.get(i);
      out.add(
          new Retrier(
              strings(r.get("ErrorEquals")),
              r.path("IntervalSeconds").asInt(Retrier.DEFAULT_INTERVAL_SECONDS),
              r.path("MaxAttempts").asInt(Retrier.DEFAULT_MAX_ATTEMPTS),
              r.path("BackoffRate").asDouble(Retrier.DEFAULT_BACKOFF_RATE),
              r.has("MaxDelaySeconds") ? r.get("MaxDelaySeconds").intValue() : null,
              "FULL".equals(r.path("JitterStrategy").asText())
                  ? JitterStrategy.FULL
                  : JitterStrategy.NONE));
    }
    return out;
  }

  static List<Catcher> catchers(FieldCompiler state, JsonNode catchField, String pointer) {
    List<Catcher> out = new ArrayList<>();
    for (int i = 0; catchField != null && i < catchField.size(); i++) {
      JsonNode c = catchField.get(i);
      FieldCompiler f = new FieldCompiler(c, pointer + "/Catch/" + i, state.language());
      boolean jsonata = f.language() == QueryLanguage.JSONATA;
      out.add(
          new Catcher(
              strings(c.get("ErrorEquals")),
              c.path("Next").asText(),
              jsonata ? DataFlow.RESULT_ROOT : f.resultPath(DataFlow.RESULT_ROOT),
              jsonata ? f.template("Output") : null,
              f.template("Assign")));
    }
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
