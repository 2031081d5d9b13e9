package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;

/**
 * The one JSON mapper of the emulator and the helpers every component shares.
 *
 * <p>JSON trees are treated as immutable once built: code that needs a changed tree copies the
 * part it changes, never the whole.
 */
public final class Json {
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private Json() {}

  /**
   * An empty object for {@code expectedSize} members, which its creator adds at once: the map is
   * sized not to grow.
   */
  public static ObjectNode object(int expectedSize) {
    return new ObjectNode(NODES, new LinkedHashMap<>((int) (expectedSize / 0.75f) + 1));
  }

  /** Parses JSON text; invalid text is an {@link UncheckedIOException}. */
  public static JsonNode parse(String text) {
    JsonNode plain = text == null ? null : PlainJsonReader.read(text);
    if (plain != null) {
      return plain;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON text, as AWS writes payloads. */
  public static String write(JsonNode node) {
    String text = CompactWriter.write(node);
    if (text != null) {
      return text;
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Size in bytes of the compact UTF-8 text, which AWS's payload limits count. */
  public static int sizeInBytes(JsonNode node) {
    ByteCounter counter = new ByteCounter();
    try {
      MAPPER.writeValue(counter, node);
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
