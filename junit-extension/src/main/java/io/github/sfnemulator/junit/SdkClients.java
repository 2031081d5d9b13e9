package io.github.sfnemulator.junit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Builds any synchronous AWS SDK v2 service client from its static {@code builder()}. The only
 * class besides SfnEndpoint that names SDK types, so the extension loads without the SDK.
 */
final class SdkClients {
  private SdkClients() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static Object build(Class<?> type, AwsEndpoint endpoint) {
    Object builder = builderOf(type);
    if (!(builder instanceof AwsClientBuilder<?, ?> aws)
        || !(builder instanceof AwsSyncClientBuilder<?, ?> sync)) {
      throw notAClient(type);
    }
    // The SDK closes an HTTP client it built from a builder with the service client.
    sync.httpClientBuilder(UrlConnectionHttpClient.builder());
    AwsClientBuilder b = aws;
    b.endpointOverride(endpoint.endpoint());
    b.region(Region.of(endpoint.region()));
    b.credentialsProvider(
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(endpoint.accessKeyId(), endpoint.secretAccessKey())));
    forcePathStyle(builder, builderType(type));
    return b.build();
  }

  private static Object builderOf(Class<?> type) {
    if (!Injection.isServiceClient(type)) {
      throw notAClient(type);
    }
    try {
      Method m = type.getMethod("builder");
      if (!Modifier.isStatic(m.getModifiers())) {
        throw notAClient(type);
      }
      return m.invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw notAClient(type);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "Cannot build " + type.getName() + ": " + e.getCause(), e.getCause());
    }
  }

  /** The public builder interface {@code builder()} declares (the implementation is not public). */
  private static Class<?> builderType(Class<?> type) {
    try {
      return type.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw notAClient(type);
    }
  }

  /** S3 by path (http://host:4566/bucket/key): LocalStack and WireMock have no bucket hosts. */
  private static void forcePathStyle(Object builder, Class<?> builderType) {
    try {
      builderType.getMethod("forcePathStyle", Boolean.class).invoke(builder, Boolean.TRUE);
    } catch (NoSuchMethodException e) {
      // not S3
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot address S3 by path: " + e, e);
    }
  }

  private static IllegalArgumentException notAClient(Class<?> type) {
    return new IllegalArgumentException(
        type.getName()
            + " is not a synchronous AWS SDK v2 service client (such as"
            + " software.amazon.awssdk.services.dynamodb.DynamoDbClient).");
  }
}
