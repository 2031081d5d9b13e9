package io.github.sfnemulator.internal.limits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.TreeReader;
import java.io.IOException;

/**
 * Reads StartExecution's {@code input} as AWS does: the whole text must be one JSON value, so
 * {@code {"a":1} junk} is InvalidExecutionInput rather than {@code {"a":1}}.
 */
public final class ExecutionInput {
  private ExecutionInput() {}

  /** Built on first use: plain input never needs a parser. */
  private static final class Parser {
    static final JsonFactory FACTORY = new JsonFactory();
  }

  /**
   * The input's tree; null or blank input is {@code {}}.
   *
   * @throws SfnApiException ValidationException when too large, InvalidExecutionInput when not
   *     exactly one JSON value
   */
  public static JsonNode parse(String input) {
    if (input == null || input.isBlank()) {
      return Json.NODES.objectNode();
    }
    ApiConstraints.checkInput(input);
    JsonNode plain = Json.readPlain(input);
    if (plain != null) {
      return plain;
    }
    try (JsonParser parser = Parser.FACTORY.createParser(input)) {
      JsonNode tree = TreeReader.readValue(parser);
      if (tree == null) {
        throw invalid("No JSON value");
      }
      if (parser.nextToken() != null) {
        throw invalid(
            "Unexpected text after the JSON value at character "
                + (parser.currentTokenLocation().getCharOffset() + 1));
      }
      return tree;
    } catch (IOException e) {
      throw invalid(e.getMessage());
    }
  }

  private static SfnApiException invalid(String reason) {
    String firstLine = reason == null ? "" : reason.lines().findFirst().orElse("");
    return new SfnApiException(
        "InvalidExecutionInput",
        "Invalid State Machine Execution Input: '" + firstLine + "'. Pass exactly one JSON value.");
  }
}
