package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource, and the {@code tags} member of creates. */
final class Tags {
  private static final int MAX_TAGS = 50;

  private final StepFunctionsEmulator emulator;
  private final ResourceMetadata metadata;

  Tags(ApiContext context) {
    this.emulator = context.emulator();
    this.metadata = context.metadata();
  }

  void register(Map<String, Operation> operations) {
    operations.put("TagResource", this::tag);
    operations.put("UntagResource", this::untag);
    operations.put("ListTagsForResource", this::list);
  }

  private JsonNode tag(ApiRequest request) {
    String arn = existing(request.required("resourceArn"));
    Map<String, String> added = read(request);
    if (request.node("tags") == null) {
      throw ApiRequest.invalid("tags", null, "Member must not be null");
    }
    Map<String, String> all = new LinkedHashMap<>(metadata.tags(arn));
    all.putAll(added);
    if (all.size() > MAX_TAGS) {
      throw new SfnApiException(
          "TooManyTags", "Too many tags: a resource has at most " + MAX_TAGS + " tags.");
    }
    metadata.tag(arn, added);
    return ApiJson.object();
  }

  private JsonNode untag(ApiRequest request) {
    String arn = existing(request.required("resourceArn"));
    JsonNode keys = request.node("tagKeys");
    if (keys == null || !keys.isArray()) {
      throw ApiRequest.invalid("tagKeys", null, "Member must not be null");
    }
    List<String> names = new ArrayList<>();
    keys.forEach(k -> names.add(k.asText()));
    metadata.untag(arn, names);
    return ApiJson.object();
  }

  private JsonNode list(ApiRequest request) {
    String arn = existing(request.required("resourceArn"));
    ObjectNode out = ApiJson.object();
    ArrayNode tags = out.putArray("tags");
    metadata.tags(arn).forEach((k, v) -> tags.addObject().put("key", k).put("value", v));
    return out;
  }

  /** The {@code tags} member: {@code [{"key": K, "value": V}, ...]}. */
  static Map<String, String> read(ApiRequest request) {
    JsonNode tags = request.node("tags");
    Map<String, String> out = new LinkedHashMap<>();
    if (tags == null) {
      return out;
    }
    if (!tags.isArray()) {
      throw new SfnApiException("ValidationException", "The member 'tags' must be a list.");
    }
    for (JsonNode tag : tags) {
      JsonNode key = tag.get("key");
      if (key == null || !key.isTextual() || key.textValue().isEmpty()) {
        throw ApiRequest.invalid("tags.member.key", null, "Member must not be null");
      }
      JsonNode value = tag.get("value");
      out.put(key.textValue(), value == null || value.isNull() ? "" : value.asText());
    }
    return out;
  }

  private String existing(String arn) {
    String kind =
        arn.matches("arn:[^:]+:states:[^:]*:[^:]*:activity:.*") ? "activity" : "stateMachine";
    Arns.check(arn, kind);
    try {
      if (kind.equals("activity")) {
        emulator.describeActivity(arn);
      } else {
        emulator.describeStateMachine(arn);
      }
    } catch (SfnApiException e) {
      throw new SfnApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
    }
    return arn;
  }
}
