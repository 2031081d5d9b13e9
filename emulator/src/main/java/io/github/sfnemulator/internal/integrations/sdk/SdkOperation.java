package io.github.sfnemulator.internal.integrations.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;

/**
 * One action of an SDK client, found by its Step Functions name (the client method's name, as in
 * {@code aws-sdk:dynamodb:putItem}) and called with JSON parameters. Streaming actions (S3
 * putObject and getObject) take and give their {@code Body} as text. Immutable and thread-safe.
 */
public final class SdkOperation {
  private static final String BODY = "Body";

  private final Method method;
  private final Method requestBuilder;

  private SdkOperation(Method method, Method requestBuilder) {
    this.method = method;
    this.requestBuilder = requestBuilder;
  }

  /** The action {@code action} of {@code clientType}; States.Runtime naming the actions if none. */
  public static SdkOperation find(Class<?> clientType, String serviceId, String action) {
    Optional<Method> m =
        Arrays.stream(clientType.getMethods())
            .filter(x -> x.getName().equals(action) && isAction(x))
            .min(Comparator.comparingInt(Method::getParameterCount));
    if (m.isEmpty()) {
      TreeSet<String> actions = new TreeSet<>();
      Arrays.stream(clientType.getMethods())
          .filter(SdkOperation::isAction)
          .forEach(x -> actions.add(x.getName()));
      throw new StatesException(
          StatesErrors.RUNTIME,
          "'" + action + "' is not an action of service '" + serviceId + "'. Actions: " + actions);
    }
    Class<?> requestType = m.get().getParameterTypes()[0];
    try {
      return new SdkOperation(m.get(), requestType.getMethod("builder"));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("SDK request without builder(): " + requestType, e);
    }
  }

  private static boolean isAction(Method m) {
    if (Modifier.isStatic(m.getModifiers())
        || m.getParameterCount() == 0
        || m.getParameterCount() > 2) {
      return false;
    }
    Class<?>[] p = m.getParameterTypes();
    if (!SdkRequest.class.isAssignableFrom(p[0])) {
      return false;
    }
    return p.length == 1 || p[1] == RequestBody.class || p[1] == ResponseTransformer.class;
  }

  /** The response as JSON and the SDK's response object (for its HTTP metadata). */
  public record Result(ObjectNode json, Object response) {}

  /** Calls the action; service and client failures surface as {@link SdkException}. */
  public ObjectNode call(Object client, JsonNode parameters) {
    return callForResponse(client, parameters).json();
  }

  /** Like {@link #call}, keeping the SDK response. */
  public Result callForResponse(Object client, JsonNode parameters) {
    JsonNode params =
        parameters == null || parameters.isNull() ? Json.NODES.objectNode() : parameters;
    Class<?>[] p = method.getParameterTypes();
    JsonNode body = null;
    if (p.length == 2 && p[1] == RequestBody.class && params.has(BODY)) {
      body = params.get(BODY);
      params = Json.NODES.objectNode().<ObjectNode>setAll((ObjectNode) params).without(BODY);
    }
    Object request = SdkJson.build(newBuilder(), params, "$");
    Object[] args =
        p.length == 1
            ? new Object[] {request}
            : p[1] == RequestBody.class
                ? new Object[] {request, requestBody(body)}
                : new Object[] {request, ResponseTransformer.toBytes()};
    Object response = invoke(client, args);
    if (response instanceof ResponseBytes<?> bytes) {
      ObjectNode out = SdkJson.toJson((SdkPojo) bytes.response());
      out.put(BODY, bytes.asUtf8String());
      return new Result(out, bytes.response());
    }
    if (response instanceof ResponseInputStream<?> stream) {
      ObjectNode out = SdkJson.toJson((SdkPojo) stream.response());
      out.put(BODY, readAll(stream));
      return new Result(out, stream.response());
    }
    return new Result(SdkJson.toJson((SdkPojo) response), response);
  }

  private static String readAll(ResponseInputStream<?> stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw SdkClientException.create("Unable to read the response body: " + e.getMessage(), e);
    }
  }

  private static RequestBody requestBody(JsonNode body) {
    if (body == null || body.isNull()) {
      return RequestBody.empty();
    }
    return RequestBody.fromString(body.isTextual() ? body.asText() : Json.write(body));
  }

  private SdkPojo newBuilder() {
    try {
      return (SdkPojo) requestBuilder.invoke(null);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot create a request builder for " + method, e);
    }
  }

  private Object invoke(Object client, Object[] args) {
    try {
      return method.invoke(client, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
