package io.github.sfnemulator.internal.integrations.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between Step Functions' JSON (PascalCase member names, as in the service API model) and
 * the SDK's model objects, driven by the SDK's own field metadata, so every operation of every
 * service client works without per-operation code. Services whose model names members in camelCase
 * (Step Functions: {@code taskToken}) still take and give them in PascalCase ({@code TaskToken}).
 */
public final class SdkJson {
  // DynamoDB's B/BS attribute values travel as base64 text in Step Functions' JSON.
  private static final String ATTRIBUTE_VALUE = "AttributeValue";

  private SdkJson() {}

  /** Fills {@code builder} (a model builder) from the object {@code json} and builds it. */
  public static Object build(SdkPojo builder, JsonNode json, String path) {
    fill(builder, json, path);
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static void fill(SdkPojo builder, JsonNode json, String path) {
    if (!json.isObject()) {
      throw invalid(path, "an object", json);
    }
    Map<String, SdkField<?>> fields = new LinkedHashMap<>();
    for (SdkField<?> f : builder.sdkFields()) {
      fields.put(pascalCase(f.memberName()), f);
    }
    boolean attributeValue = builder.getClass().getName().contains(ATTRIBUTE_VALUE);
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      SdkField<?> field = fields.get(e.getKey());
      if (field == null) {
        throw new StatesException(
            StatesErrors.RUNTIME,
            "The field '"
                + e.getKey()
                + "' at "
                + path
                + " is not supported by the API. Supported fields: "
                + fields.keySet());
      }
      if (!e.getValue().isNull()) {
        field.set(builder, value(field, e.getValue(), path + "." + e.getKey(), attributeValue));
      }
    }
  }

  private static Object value(SdkField<?> field, JsonNode v, String path, boolean attributeValue) {
    MarshallingKnownType type = field.marshallingType().getKnownType();
    switch (type) {
      case STRING:
        return v.isTextual() ? v.asText() : Json.write(v);
      case INTEGER:
        return number(v, path).intValueExact();
      case LONG:
        return number(v, path).longValueExact();
      case SHORT:
        return number(v, path).shortValueExact();
      case BYTE:
        return number(v, path).byteValueExact();
      case FLOAT:
        return number(v, path).floatValue();
      case DOUBLE:
        return number(v, path).doubleValue();
      case BIG_DECIMAL:
        return number(v, path);
      case BOOLEAN:
        if (!v.isBoolean()) {
          throw invalid(path, "a boolean", v);
        }
        return v.booleanValue();
      case INSTANT:
        return instant(v, path);
      case SDK_BYTES:
        return bytes(v, attributeValue);
      case SDK_POJO:
        return build(field.constructor().get(), v, path);
      case LIST:
        return list(field, v, path, attributeValue);
      case MAP:
        return map(field, v, path);
      default:
        throw new StatesException(
            StatesErrors.RUNTIME,
            "The field at " + path + " has a type (" + type + ") that is not supported");
    }
  }

  private static List<Object> list(SdkField<?> field, JsonNode v, String path, boolean av) {
    if (!v.isArray()) {
      throw invalid(path, "an array", v);
    }
    SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
    List<Object> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(v.get(i).isNull() ? null : value(member, v.get(i), path + "[" + i + "]", av));
    }
    return out;
  }

  private static Map<String, Object> map(SdkField<?> field, JsonNode v, String path) {
    if (!v.isObject()) {
      throw invalid(path, "an object", v);
    }
    SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), value(member, e.getValue(), path + "." + e.getKey(), false));
    }
    return out;
  }

  private static BigDecimal number(JsonNode v, String path) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.asText());
      } catch (NumberFormatException e) {
        throw invalid(path, "a number", v);
      }
    }
    throw invalid(path, "a number", v);
  }

  private static Instant instant(JsonNode v, String path) {
    if (v.isNumber()) {
      return Instant.ofEpochMilli(v.decimalValue().movePointRight(3).longValue());
    }
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw invalid(path, "a timestamp", v);
    }
  }

  private static SdkBytes bytes(JsonNode v, boolean attributeValue) {
    if (v.isTextual()) {
      return attributeValue
          ? SdkBytes.fromByteArray(Base64.getDecoder().decode(v.asText()))
          : SdkBytes.fromUtf8String(v.asText());
    }
    return SdkBytes.fromUtf8String(Json.write(v));
  }

  private static StatesException invalid(String path, String expected, JsonNode actual) {
    return new StatesException(
        StatesErrors.RUNTIME,
        "The value at " + path + " must be " + expected + ", but was " + Json.write(actual));
  }

  /** The model object as Step Functions writes it: set members only, under PascalCase names. */
  public static ObjectNode toJson(SdkPojo pojo) {
    ObjectNode out = Json.NODES.objectNode();
    boolean attributeValue = pojo.getClass().getSimpleName().equals(ATTRIBUTE_VALUE);
    for (SdkField<?> f : pojo.sdkFields()) {
      JsonNode v = toNode(f, f.getValueOrDefault(pojo), attributeValue);
      if (v != null) {
        out.set(pascalCase(f.memberName()), v);
      }
    }
    return out;
  }

  private static String pascalCase(String memberName) {
    return memberName.isEmpty() || Character.isUpperCase(memberName.charAt(0))
        ? memberName
        : Character.toUpperCase(memberName.charAt(0)) + memberName.substring(1);
  }

  private static JsonNode toNode(SdkField<?> field, Object v, boolean attributeValue) {
    if (v == null || v instanceof SdkAutoConstructList || v instanceof SdkAutoConstructMap) {
      return null;
    }
    if (v instanceof SdkPojo p) {
      return toJson(p);
    }
    if (v instanceof List<?> list) {
      SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      ArrayNode a = Json.NODES.arrayNode();
      for (Object item : list) {
        JsonNode n = toNode(member, item, attributeValue);
        a.add(n == null ? Json.NODES.nullNode() : n);
      }
      return a;
    }
    if (v instanceof Map<?, ?> map) {
      SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
      ObjectNode o = Json.NODES.objectNode();
      map.forEach(
          (k, item) -> {
            JsonNode n = toNode(member, item, false);
            o.set(String.valueOf(k), n == null ? Json.NODES.nullNode() : n);
          });
      return o;
    }
    return scalar(v, attributeValue);
  }

  private static JsonNode scalar(Object v, boolean attributeValue) {
    if (v instanceof String s) {
      return Json.NODES.textNode(s);
    }
    if (v instanceof Boolean b) {
      return Json.NODES.booleanNode(b);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      // The node Json.parse gives for the same text, so results equal their parsed JSON.
      long l = ((Number) v).longValue();
      return l == (int) l ? Json.NODES.numberNode((int) l) : Json.NODES.numberNode(l);
    }
    if (v instanceof Number n) {
      return Json.NODES.numberNode(new BigDecimal(n.toString()));
    }
    if (v instanceof Instant i) {
      return Json.NODES.textNode(i.toString());
    }
    if (v instanceof SdkBytes b) {
      return Json.NODES.textNode(
          attributeValue
              ? Base64.getEncoder().encodeToString(b.asByteArrayUnsafe())
              : b.asUtf8String());
    }
    return Json.NODES.textNode(String.valueOf(v));
  }
}
