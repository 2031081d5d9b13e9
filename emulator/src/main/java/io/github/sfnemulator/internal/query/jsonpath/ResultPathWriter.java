package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;

/**
 * A compiled ResultPath: where a state's result goes in its input. {@code $} replaces the input;
 * {@code $.a.b} sets (creating objects on the way) without changing the original input tree: only
 * the objects and arrays on the way to the target are copied (shallowly), the rest is shared.
 *
 * <p>When the input has something other than an object where a field must be set (or an array
 * without the element at an index), {@link #apply} raises States.ResultPathMatchFailure with the
 * cause {@code Unable to apply ReferencePath $.a.b to input "..."} (AWS's text as users report it;
 * the conformance corpus holds no sample, and no state-prefix is known for it).
 */
public final class ResultPathWriter {
  private final String text;
  private final SimplePath path;

  private ResultPathWriter(String text, SimplePath path) {
    this.text = text;
    this.path = path;
  }

  /**
   * @throws InvalidExpressionException when the text is not a valid reference path into {@code $}
   */
  public static ResultPathWriter compile(String text) {
    PathExpression reference = PathExpression.compileReferencePath(text);
    if (reference.root() != PathRoot.INPUT) {
      throw new InvalidExpressionException(
          "'" + text + "' is not a valid ResultPath: it must begin with '$.' or be '$'");
    }
    return new ResultPathWriter(text, reference.simplePath());
  }

  public String text() {
    return text;
  }

  /**
   * A new tree: {@code input} with {@code result} at this path. Input shared structure is not
   * modified.
   *
   * @throws StatesException States.ResultPathMatchFailure when the path cannot be applied to the
   *     input
   */
  public JsonNode apply(JsonNode input, JsonNode result) {
    if (path.size() == 0) {
      return result;
    }
    JsonNode written = set(input, 0, result);
    if (written == null) {
      throw new StatesException(
          StatesErrors.RESULT_PATH_MATCH_FAILURE,
          "Unable to apply ReferencePath " + text + " to input " + Json.write(input));
    }
    return written;
  }

  /** A copy of {@code node} with the value set from {@code step} on, or null when impossible. */
  private JsonNode set(JsonNode node, int step, JsonNode value) {
    if (step == path.size()) {
      return value;
    }
    if (path.isField(step)) {
      ObjectNode copy;
      JsonNode child = null;
      if (node == null || node.isMissingNode()) {
        copy = Json.NODES.objectNode();
      } else if (node.isObject()) {
        copy = Json.object(node.size() + 1);
        copy.setAll((ObjectNode) node);
        child = node.get(path.name(step));
      } else {
        return null;
      }
      JsonNode written = set(child, step + 1, value);
      return written == null ? null : copy.set(path.name(step), written);
    }
    if (node == null || !node.isArray()) {
      return null;
    }
    int index = path.index(step) < 0 ? node.size() + path.index(step) : path.index(step);
    if (index < 0 || index >= node.size()) {
      return null;
    }
    JsonNode written = set(node.get(index), step + 1, value);
    if (written == null) {
      return null;
    }
    ArrayNode copy = Json.NODES.arrayNode(node.size());
    copy.addAll((ArrayNode) node);
    copy.set(index, written);
    return copy;
  }
}
