package io.github.sfnemulator.internal.model;

import io.github.sfnemulator.internal.query.jsonpath.ResultPathWriter;
import java.util.List;

/**
 * One entry of a Catch field.
 *
 * @param resultPath where the error output goes (JSONPath); null when set to null
 * @param output Output (JSONata), or null
 * @param assign Assign, or null
 */
public record Catcher(
    List<String> errorEquals,
    String next,
    ResultPathWriter resultPath,
    Field output,
    Field assign) {
  public Catcher {
    errorEquals = List.copyOf(errorEquals);
    next = StateNames.interned(next);
  }
}
