package io.github.sfnemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the static field that holds the AWS services Task states call: a Testcontainers container
 * speaking the AWS APIs (LocalStack's {@code LocalStackContainer}, or a {@code GenericContainer} of
 * an image such as Floci), or an {@link AwsEndpoint} you run yourself. The extension starts the
 * container before the class's tests unless it is already running (and then stops it after them),
 * answers Task states no mock selects by calling the container through {@code AwsBackends}, and
 * injects AWS SDK clients of the same container ({@code DynamoDbClient}, {@code SqsClient}...) into
 * test parameters and fields, to set up data and read back what the workflow wrote.
 *
 * <pre>{@code
 * @StepFunctionsTest
 * class OrderTableTest {
 *   @AwsServices(services = "dynamodb")   // DynamoDB in the container, everything else mocked
 *   static LocalStackContainer localstack =
 *       new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
 *           .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""));
 *
 *   @Test
 *   void saves_the_order(@StateMachineDefinition("order.asl.json") StateMachine order,
 *       StepFunctionsEmulator sfn, TaskMocks mocks, DynamoDbClient dynamo) {
 *     dynamo.createTable(...);
 *     mocks.stubFor(lambda("Charge").willReturn("{\"charged\":true}"));
 *     assertThat(sfn.startExecution(order.arn(), "{\"id\":\"o-1\"}").await()).hasSucceeded();
 *     assertThat(dynamo.getItem(...).item()).containsKey("id");
 *   }
 * }
 * }</pre>
 *
 * <p>Which calls go where: a mock the test (or the extension's builder) declares always wins; a
 * call no mock selects goes to the services when its state is in {@link #states()} or its service
 * in {@link #services()} (both empty: every such call); any other call is answered by the builder's
 * {@code taskResponder}, or fails the execution with a message naming the state.
 *
 * <p>Without Docker, the class's tests are skipped with a message saying so, unless {@link
 * #disabledWithoutDocker()} is false. Testcontainers is an optional dependency of {@code
 * sfn-junit5}: add {@code org.testcontainers:testcontainers-localstack} (or {@code testcontainers})
 * to your test scope, and the AWS SDK clients you use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AwsServices {
  /**
   * The Task states the services answer (when no mock selects them); empty for no limit by name.
   */
  String[] states() default {};

  /**
   * The services they answer, by the name in the state's Resource: {@code lambda}, {@code
   * dynamodb}, {@code sns}, {@code sqs}, {@code events}, or the SERVICE of {@code
   * aws-sdk:SERVICE:ACTION} ({@code s3}, {@code secretsmanager}...); empty for no limit by service.
   */
  String[] services() default {};

  /** The container port the AWS APIs listen on (4566 for LocalStack and Floci). */
  int port() default 4566;

  /** Skip the class's tests where Docker is absent (true), or fail them (false). */
  boolean disabledWithoutDocker() default true;
}
