package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.TreeReader;
import io.github.sfnemulator.validation.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads definition text (JSON, or YAML) into a JSON tree. Text that cannot be read becomes a
 * diagnostic, never an exception: empty text is MISSING_DESCRIPTION, bad syntax
 * INVALID_JSON_DESCRIPTION, absurd nesting TOO_DEEPLY_NESTED, a key given twice in one object
 * DUPLICATE_STATE_NAME (in a States object) or SCHEMA_VALIDATION_FAILED.
 */
public final class DefinitionReader {
  /** Deeper than any definition AWS accepts; guards against absurd nesting. */
  static final int MAX_NESTING = 500;

  /** The syntax of the text. */
  public enum Format {
    JSON,
    YAML,
    /** JSON when the text starts with '{' or '[', YAML otherwise. */
    AUTO;

    /** YAML for {@code .yaml}/{@code .yml} file names, AUTO otherwise. */
    public static Format forFileName(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : AUTO;
    }
  }

  /**
   * The parser for JSON definitions that are not plain (see {@link Json#readPlain}), and for the
   * diagnostics of those that are invalid; built on first use.
   */
  private static final class Strict {
    static final StreamReadConstraints LIMITS =
        StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build();

    static final JsonFactory JSON =
        JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /**
   * Built on first use: most definitions are JSON, and the YAML reader loads a parser of its own.
   */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .streamReadConstraints(Strict.LIMITS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .nodeFactory(Json.NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /** The result of reading: a tree, or the diagnostic that says why there is none. */
  public record Read(JsonNode tree, Diagnostic problem) {
    public boolean ok() {
      return tree != null;
    }
  }

  private DefinitionReader() {}

  /** Reads JSON, or YAML when the text does not start with '{' or '['. */
  public static Read read(String text) {
    return read(text, Format.AUTO);
  }

  public static Read read(String text, Format format) {
    if (text == null || text.isBlank()) {
      return failed("MISSING_DESCRIPTION", "", "The definition is empty. " + WHAT_TO_PROVIDE);
    }
    boolean json =
        format == Format.JSON
            || format == Format.AUTO
                && (text.stripLeading().startsWith("{") || text.stripLeading().startsWith("["));
    String syntax = json ? "JSON" : "YAML";
    try {
      JsonNode tree = json ? readJson(text) : Yaml.MAPPER.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return failed("MISSING_DESCRIPTION", "", "The definition is empty. " + WHAT_TO_PROVIDE);
      }
      if (!tree.isObject()) {
        return failed(
            "SCHEMA_VALIDATION_FAILED",
            "",
            "The definition must be a JSON object with 'StartAt' and 'States', not "
                + article(tree.getNodeType().name().toLowerCase(Locale.ROOT))
                + ".");
      }
      return new Read(tree, null);
    } catch (StreamConstraintsException e) {
      return failed(
          "TOO_DEEPLY_NESTED",
          "",
          "The definition nests objects and arrays more than "
              + MAX_NESTING
              + " levels deep"
              + location(e)
              + ". No state machine needs that; check how the file was generated.");
    } catch (JsonProcessingException e) {
      String duplicate = duplicateKey(e);
      if (duplicate != null) {
        return duplicate(e, duplicate);
      }
      return failed(
          "INVALID_JSON_DESCRIPTION",
          "",
          "The definition is not valid " + syntax + location(e) + ": " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      // YAML's parser reports some malformed text with unchecked exceptions.
      return failed(
          "INVALID_JSON_DESCRIPTION",
          "",
          "The definition is not valid " + syntax + ": " + e.getMessage());
    }
  }

  /** One JSON value and nothing after it. */
  private static JsonNode readJson(String text) throws JsonProcessingException {
    JsonNode plain = Json.readPlain(text);
    if (plain != null) {
      return plain; // the tree the parser would build: plain text has no duplicate, no deep nesting
    }
    try (JsonParser parser = Strict.JSON.createParser(text)) {
      JsonNode tree = TreeReader.readValue(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new JsonParseException(
            parser, "Unexpected " + trailing + " after the definition's object");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
  }

  private static final String WHAT_TO_PROVIDE =
      "Provide a JSON object with 'StartAt' and 'States'.";

  private static String duplicateKey(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    String prefix = "Duplicate field '";
    if (message == null || !message.startsWith(prefix)) {
      return null;
    }
    int end = message.indexOf('\'', prefix.length());
    return end < 0 ? null : message.substring(prefix.length(), end);
  }

  private static Read duplicate(JsonProcessingException e, String key) {
    JsonStreamContext context =
        e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
    // The parser's context already points at the repeated key.
    String pointer = context == null ? "" : context.pathAsPointer(false).toString();
    boolean states = pointer.endsWith("/States/" + key.replace("~", "~0").replace("/", "~1"));
    return states
        ? failed(
            "DUPLICATE_STATE_NAME",
            pointer,
            "State name '"
                + key
                + "' appears twice in the same 'States' object. Rename one of the states.")
        : failed(
            "SCHEMA_VALIDATION_FAILED",
            pointer,
            "Field '" + key + "' appears twice in the same object" + location(e) + ". Keep one.");
  }

  private static String location(JsonProcessingException e) {
    var loc = e.getLocation();
    return loc == null || loc.getLineNr() < 0
        ? ""
        : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }

  private static Read failed(String code, String pointer, String message) {
    return new Read(null, Diagnostic.error(code, pointer, message));
  }
}
