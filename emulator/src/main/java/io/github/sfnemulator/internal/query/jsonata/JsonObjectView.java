package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A read-only {@link Map} over a JSON object, converting members on access, so that handing a large
 * input to JSONata costs nothing until the expression reads it.
 *
 * <p>A JSON null member reads as Java {@code null} while {@link #containsKey} stays true, which is
 * how the library tells null from a missing key. The library's result post-processing writes {@code
 * null} over null members it finds; that write is accepted as a no-op.
 */
final class JsonObjectView extends AbstractMap<String, Object> {
  private final ObjectNode node;

  JsonObjectView(ObjectNode node) {
    this.node = node;
  }

  ObjectNode node() {
    return node;
  }

  @Override
  public Object get(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    JsonNode member = node.get(name);
    return member == null || member.isNull() ? null : JsonValues.toJava(member);
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && node.has(name);
  }

  @Override
  public int size() {
    return node.size();
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return fields.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            return new MemberEntry(fields.next());
          }
        };
      }

      @Override
      public int size() {
        return node.size();
      }
    };
  }

  private static final class MemberEntry implements Entry<String, Object> {
    private final Map.Entry<String, JsonNode> field;

    MemberEntry(Map.Entry<String, JsonNode> field) {
      this.field = field;
    }

    @Override
    public String getKey() {
      return field.getKey();
    }

    @Override
    public Object getValue() {
      JsonNode value = field.getValue();
      return value.isNull() ? null : JsonValues.toJava(value);
    }

    @Override
    public Object setValue(Object value) {
      return JsonArrayView.acceptNullRewrite(field.getValue(), value);
    }
  }
}
