package io.github.sfnemulator.internal.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a CloudFormation or SAM template, JSON or YAML, into a JSON tree. YAML's short-form tags
 * become the long form CloudFormation documents: {@code !Ref X} is {@code {"Ref": "X"}}, {@code
 * !GetAtt X.Arn} is {@code {"Fn::GetAtt": ["X", "Arn"]}}, {@code !Sub ...} is {@code {"Fn::Sub":
 * ...}}, and so on for every {@code !Name}.
 */
public final class TemplateReader {
  /** Application tags are plain names; YAML's own ({@code !!str}) arrive as URIs. */
  private static final Pattern SHORT_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private static final class Factories {
    static final JsonFactory JSON =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    static final YAMLFactory YAML =
        YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  private TemplateReader() {}

  /**
   * The tree of {@code text}: YAML for {@code .yaml}/{@code .yml} names and for text that does not
   * start with '{', JSON otherwise.
   *
   * @throws TemplateProblem when the text is not valid JSON or YAML, or holds no object
   */
  public static JsonNode read(String text, String templateName) {
    return read(text, templateName, "Give a CloudFormation, SAM or CDK template.");
  }

  /** As {@link #read(String, String)}, saying {@code whatToGive} when the text holds no object. */
  static JsonNode read(String text, String templateName, String whatToGive) {
    String lower = templateName.toLowerCase(Locale.ROOT);
    boolean yaml =
        lower.endsWith(".yaml") || lower.endsWith(".yml") || !text.stripLeading().startsWith("{");
    try (JsonParser parser =
        yaml ? Factories.YAML.createParser(text) : Factories.JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      JsonNode tree = first == null ? null : value(parser, first);
      if (tree == null || !tree.isObject()) {
        throw TemplateProblem.inTemplate(templateName, "it holds no object. " + whatToGive);
      }
      return tree;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw TemplateProblem.inTemplate(
          templateName,
          "it is not valid "
              + (yaml ? "YAML" : "JSON")
              + (loc == null
                  ? ""
                  : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
              + ": "
              + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      // YAML's scanner reports some malformed text with unchecked exceptions.
      if (e instanceof TemplateProblem problem) {
        throw problem;
      }
      throw TemplateProblem.inTemplate(
          templateName, "it is not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getMessage());
    }
  }

  private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
    String tag = p.canReadTypeId() ? (String) p.getTypeId() : null;
    JsonNode value = untagged(p, token);
    return tag != null && SHORT_FORM.matcher(tag).matches() ? longForm(tag, value) : value;
  }

  private static JsonNode longForm(String tag, JsonNode value) {
    ObjectNode node = Json.NODES.objectNode();
    switch (tag) {
      case "Ref", "Condition" -> node.set(tag, value);
      case "GetAtt" -> node.set("Fn::GetAtt", value.isTextual() ? splitAttribute(value) : value);
      default -> node.set("Fn::" + tag, value);
    }
    return node;
  }

  /** {@code X.Arn}, or {@code X.Endpoint.Address}: the logical id ends at the first dot. */
  static ArrayNode splitAttribute(JsonNode text) {
    String s = text.textValue();
    int dot = s.indexOf('.');
    ArrayNode pair = Json.NODES.arrayNode();
    pair.add(dot < 0 ? s : s.substring(0, dot));
    pair.add(dot < 0 ? "" : s.substring(dot + 1));
    return pair;
  }

  private static JsonNode untagged(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        ObjectNode node = Json.NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          node.replace(name, value(p, p.nextToken()));
        }
        return node;
      }
      case START_ARRAY -> {
        ArrayNode node = Json.NODES.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          node.add(value(p, t));
        }
        return node;
      }
      case VALUE_STRING -> {
        return Json.NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> Json.NODES.numberNode(p.getIntValue());
          case LONG -> Json.NODES.numberNode(p.getLongValue());
          default -> Json.NODES.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return Json.NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return Json.NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return Json.NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return Json.NODES.nullNode();
      }
      default -> throw new IllegalStateException("Unexpected token " + token);
    }
  }
}
