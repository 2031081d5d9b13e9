package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only {@link java.util.List} over a JSON array, converting elements on access. JSON null
 * elements read as {@link Jsonata#NULL_VALUE}, as the library represents them in arrays.
 */
final class JsonArrayView extends AbstractList<Object> implements RandomAccess {
  private final ArrayNode node;

  JsonArrayView(ArrayNode node) {
    this.node = node;
  }

  ArrayNode node() {
    return node;
  }

  @Override
  public Object get(int index) {
    JsonNode element = node.get(index);
    if (element == null) {
      throw new IndexOutOfBoundsException(index);
    }
    return element.isNull() ? Jsonata.NULL_VALUE : JsonValues.toJava(element);
  }

  @Override
  public int size() {
    return node.size();
  }

  @Override
  public Object set(int index, Object value) {
    return acceptNullRewrite(node.get(index), value);
  }

  /**
   * The library replaces its null marker by Java {@code null} throughout a result before returning
   * it; on a view that rewrite changes nothing, since both convert back to JSON null. Any other
   * write would be a mutation of a shared input tree and is refused.
   */
  static Object acceptNullRewrite(JsonNode current, Object value) {
    if (value == null && current != null && current.isNull()) {
      return null;
    }
    throw new UnsupportedOperationException("JSON input views are read-only");
  }
}
