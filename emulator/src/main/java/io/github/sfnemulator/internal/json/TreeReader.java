package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds a JSON tree from a streaming parser, node for node as {@code ObjectMapper.readTree} does
 * with {@link Json#NODES} and {@code USE_BIG_DECIMAL_FOR_FLOATS}: an int, long or big integer by
 * the literal's size, a big decimal for every fraction or exponent, the last value for a repeated
 * key (unless the parser rejects duplicates). An {@code ObjectMapper} costs a JVM some 200 ms to
 * set up, which every test JVM would pay on its first definition; the parser alone costs a quarter
 * of that.
 */
public final class TreeReader {
  private TreeReader() {}

  /**
   * The value at the parser's next token, or null when the text has no value. Reads nothing past
   * that value.
   */
  public static JsonNode readValue(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    return token == null ? null : value(parser, token);
  }

  private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        return object(p);
      case START_ARRAY:
        return array(p);
      case VALUE_STRING:
        return Json.NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> Json.NODES.numberNode(p.getIntValue());
          case LONG -> Json.NODES.numberNode(p.getLongValue());
          default -> Json.NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return Json.NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return Json.NODES.booleanNode(true);
      case VALUE_FALSE:
        return Json.NODES.booleanNode(false);
      case VALUE_NULL:
        return Json.NODES.nullNode();
      default:
        // Text holds no embedded objects, and field names and end markers are handled above.
        throw new IllegalStateException("Unexpected token " + token + " at " + p.currentLocation());
    }
  }

  private static ObjectNode object(JsonParser p) throws IOException {
    ObjectNode node = Json.NODES.objectNode();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      node.replace(name, value(p, p.nextToken()));
    }
    return node;
  }

  private static ArrayNode array(JsonParser p) throws IOException {
    ArrayNode node = Json.NODES.arrayNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      node.add(value(p, t));
    }
    return node;
  }
}
