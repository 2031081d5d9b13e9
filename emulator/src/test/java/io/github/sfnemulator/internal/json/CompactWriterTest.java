package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
    JsonNode node = Json.MAPPER.readTree(json);

    assertThat(CompactWriter.write(node)).isEqualTo(Json.MAPPER.writeValueAsString(node));
  }

  @Test
  void escapes_every_char_as_jackson_does() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      all.append(c);
    }
    ObjectNode node = Json.NODES.objectNode().put(all.toString(), all.toString());

    assertThat(CompactWriter.write(node)).isEqualTo(Json.MAPPER.writeValueAsString(node));
  }

  @Test
  void leaves_floating_point_and_decimals_to_jackson() {
    assertThat(CompactWriter.write(Json.NODES.arrayNode().add(new BigDecimal("1.50")))).isNull();
    assertThat(CompactWriter.write(Json.NODES.objectNode().put("d", 0.1d))).isNull();
    assertThat(Json.write(Json.NODES.arrayNode().add(1).add(new BigDecimal("1E+3")))).isEqualTo("[1,1E+3]");
    assertThat(Json.write(Json.NODES.numberNode(BigInteger.TEN))).isEqualTo("10");
  }
}
