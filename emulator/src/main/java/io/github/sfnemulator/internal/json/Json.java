package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON mapper of the emulator and the helpers every component shares.
 *
 * <p>JSON trees are treated as immutable once built: code that needs a changed tree copies the part
 * it changes, never the whole.
 */
public final class Json {
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Json() {}

  /**
   * The one object mapper, for what the emulator's own readers and writers leave to Jackson and for
   * libraries that need a mapper. Built on first use: an {@code ObjectMapper} costs a JVM some 200
   * ms to set up, and most runs never need one.
   */
  public static ObjectMapper mapper() {
    return Mapper.INSTANCE;
  }

  /** The parser for text {@link PlainJsonReader} declines; the mapper's has the same defaults. */
  private static final class Parser {
    static final JsonFactory FACTORY = new JsonFactory();
  }

  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        JsonMapper.builder()
            .nodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /**
   * An empty object for {@code expectedSize} members, which its creator adds at once: the map is
   * sized not to grow.
   */
  public static ObjectNode object(int expectedSize) {
    return new ObjectNode(NODES, new LinkedHashMap<>((int) (expectedSize / 0.75f) + 1));
  }

  /**
   * A deep copy of {@code node}: new objects and arrays, sized for their members, sharing the
   * immutable values (strings, numbers, booleans, null).
   */
  public static JsonNode copy(JsonNode node) {
    if (node instanceof ObjectNode o) {
      ObjectNode out = object(o.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), copy(e.getValue()));
      }
      return out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = new ArrayNode(NODES, a.size());
      for (JsonNode item : a) {
        out.add(copy(item));
      }
      return out;
    }
    return node;
  }

  /**
   * The tree of plain JSON text, read without a parser, or null when the text needs one (invalid
   * text, decimals, big integers, repeated keys, deep nesting, anything after the value): a caller
   * with stricter rules than {@link #parse} then applies them with a parser of its own.
   */
  public static JsonNode readPlain(String text) {
    return PlainJsonReader.read(text);
  }

  /**
   * Parses JSON text as {@code mapper().readTree} does (empty text is a missing node, and nothing
   * after the first value is read); invalid text is an {@link UncheckedIOException}.
   */
  public static JsonNode parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("JSON text is null");
    }
    JsonNode plain = PlainJsonReader.read(text);
    if (plain != null) {
      return plain;
    }
    try (JsonParser parser = Parser.FACTORY.createParser(text)) {
      JsonNode tree = TreeReader.readValue(parser);
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A streaming parser of {@code text} with the defaults {@link #parse} applies. */
  public static JsonParser parser(String text) throws IOException {
    return Parser.FACTORY.createParser(text);
  }

  /** Compact JSON text, as AWS writes payloads. */
  public static String write(JsonNode node) {
    String text = CompactWriter.write(node);
    if (text != null) {
      return text;
    }
    try {
      return mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Size in bytes of the compact UTF-8 text, which AWS's payload limits count. */
  public static int sizeInBytes(JsonNode node) {
    ByteCounter counter = new ByteCounter();
    try {
      mapper().writeValue(counter, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.count;
  }

  /** Counts the UTF-8 bytes Jackson writes, without keeping them. */
  private static final class ByteCounter extends OutputStream {
    int count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
