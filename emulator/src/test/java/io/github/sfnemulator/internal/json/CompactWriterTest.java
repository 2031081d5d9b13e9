package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast writer must produce exactly Jackson's text, or leave the tree to Jackson. */
class CompactWriterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"a\":1,\"b\":[true,false,null,\"x\"],\"c\":{\"d\":-2147483648,\"e\":9223372036854775807}}",
        "[123456789012345678901234567890,-1,0]",
        "{\"k\\\"ey\\\\\":\"line\\nbreak\\ttab\\u0001\\u001f\\b\\f\\r/</é€😀\\u007f\"}",
        "[[[]],[{}],{\"\":\"\"}]"
      })
  void writes_what_jackson_writes(String json) throws Exception {
    JsonNode node = Json.mapper().readTree(json);

    assertThat(CompactWriter.write(node)).isEqualTo(Json.mapper().writeValueAsString(node));
  }

  @Test
  void escapes_every_char_as_jackson_does() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      all.append(c);
    }
    ObjectNode node = Json.NODES.objectNode().put(all.toString(), all.toString());

    assertThat(CompactWriter.write(node)).isEqualTo(Json.mapper().writeValueAsString(node));
  }

  @Test
  void writes_decimals_doubles_and_floats_as_jackson_does() throws Exception {
    ArrayNode numbers = Json.NODES.arrayNode();
    for (String d :
        new String[] {
          "1.50", "1E+3", "-0.0", "0.1", "1e-7", "123456789012345678901234567890.123", "2.5E-12"
        }) {
      numbers.add(new BigDecimal(d));
    }
    for (double d :
        new double[] {0.1, -0.0, 1e21, 1e-7, 123.456, Double.MAX_VALUE, Double.MIN_VALUE, 3.0}) {
      numbers.add(d);
    }
    for (float f : new float[] {0.1f, 1e10f, -2.5f, Float.MIN_VALUE}) {
      numbers.add(f);
    }
    Random random = new Random(3);
    for (int i = 0; i < 1_000; i++) {
      numbers.add(Double.longBitsToDouble(random.nextLong()));
    }
    numbers.removeIf(n -> !Double.isFinite(n.doubleValue()) && !n.isBigDecimal());

    assertThat(CompactWriter.write(numbers)).isEqualTo(Json.mapper().writeValueAsString(numbers));
    assertThat(Json.write(Json.NODES.arrayNode().add(1).add(new BigDecimal("1E+3"))))
        .isEqualTo("[1,1E+3]");
    assertThat(Json.write(Json.NODES.numberNode(BigInteger.TEN))).isEqualTo("10");
  }

  @Test
  void leaves_nan_and_infinities_to_jackson_which_quotes_them() {
    assertThat(CompactWriter.write(Json.NODES.arrayNode().add(Double.NaN))).isNull();
    assertThat(CompactWriter.write(Json.NODES.arrayNode().add(Float.NEGATIVE_INFINITY))).isNull();
    assertThat(Json.write(Json.NODES.arrayNode().add(Double.POSITIVE_INFINITY)))
        .isEqualTo("[\"Infinity\"]");
  }
}
