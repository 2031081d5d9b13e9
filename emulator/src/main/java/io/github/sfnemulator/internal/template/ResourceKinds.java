package io.github.sfnemulator.internal.template;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;

/**
 * The resource types whose names and ARNs a definition refers to, with the values CloudFormation
 * gives their {@code Ref} and {@code Fn::GetAtt}: Lambda functions, DynamoDB tables, SNS topics,
 * SQS queues, S3 buckets, state machines, activities, event buses, roles, secrets, log groups and a
 * few more. Other types give their logical id as Ref and a well-formed ARN as {@code Arn}.
 */
final class ResourceKinds {
  private ResourceKinds() {}

  private static final ResourceKind FUNCTION =
      ResourceKind.of(
          "FunctionName",
          ResourceKind::name,
          Map.of("Arn", (a, n) -> a.arn("lambda", "function:" + n)));

  private static final ResourceKind TABLE =
      ResourceKind.of(
          "TableName",
          ResourceKind::name,
          Map.of(
              "Arn", (a, n) -> a.arn("dynamodb", "table/" + n),
              "StreamArn",
                  (a, n) -> a.arn("dynamodb", "table/" + n + "/stream/2024-01-01T00:00:00.000")));

  private static final ResourceKind STATE_MACHINE_CFN = stateMachine("StateMachineName");
  private static final ResourceKind STATE_MACHINE_SAM = stateMachine("Name");

  private static ResourceKind stateMachine(String nameProperty) {
    return ResourceKind.of(
        nameProperty,
        (a, n) -> a.arn("states", "stateMachine:" + n),
        Map.of("Arn", (a, n) -> a.arn("states", "stateMachine:" + n), "Name", ResourceKind::name));
  }

  private static final Map<String, ResourceKind> KINDS =
      Map.ofEntries(
          entry("AWS::Lambda::Function", FUNCTION),
          entry("AWS::Serverless::Function", FUNCTION),
          entry("AWS::DynamoDB::Table", TABLE),
          entry("AWS::DynamoDB::GlobalTable", TABLE),
          entry("AWS::Serverless::SimpleTable", TABLE),
          entry(
              "AWS::SNS::Topic",
              ResourceKind.of(
                  "TopicName",
                  (a, n) -> a.arn("sns", n),
                  Map.of("TopicArn", (a, n) -> a.arn("sns", n), "TopicName", ResourceKind::name))),
          entry(
              "AWS::SQS::Queue",
              ResourceKind.of(
                  "QueueName",
                  ResourceKinds::queueUrl,
                  Map.of(
                      "Arn", (a, n) -> a.arn("sqs", n),
                      "QueueName", ResourceKind::name,
                      "QueueUrl", ResourceKinds::queueUrl))),
          entry(
              "AWS::S3::Bucket",
              ResourceKind.of(
                  "BucketName",
                  ResourceKind::name,
                  Map.of(
                      "Arn", (a, n) -> "arn:" + a.partition() + ":s3:::" + n,
                      "DomainName", (a, n) -> n + ".s3." + a.urlSuffix(),
                      "RegionalDomainName",
                          (a, n) -> n + ".s3." + a.region() + "." + a.urlSuffix()))),
          entry("AWS::StepFunctions::StateMachine", STATE_MACHINE_CFN),
          entry("AWS::Serverless::StateMachine", STATE_MACHINE_SAM),
          entry(
              "AWS::StepFunctions::Activity",
              ResourceKind.of(
                  "Name",
                  (a, n) -> a.arn("states", "activity:" + n),
                  Map.of(
                      "Arn",
                      (a, n) -> a.arn("states", "activity:" + n),
                      "Name",
                      ResourceKind::name))),
          entry(
              "AWS::Events::EventBus",
              ResourceKind.of(
                  "Name",
                  ResourceKind::name,
                  Map.of(
                      "Arn",
                      (a, n) -> a.arn("events", "event-bus/" + n),
                      "Name",
                      ResourceKind::name))),
          entry(
              "AWS::Events::Rule",
              ResourceKind.of(
                  "Name",
                  ResourceKind::name,
                  Map.of("Arn", (a, n) -> a.arn("events", "rule/" + n)))),
          entry(
              "AWS::IAM::Role",
              ResourceKind.of(
                  "RoleName",
                  ResourceKind::name,
                  Map.of(
                      "Arn",
                      (a, n) -> "arn:" + a.partition() + ":iam::" + a.accountId() + ":role/" + n,
                      "RoleId",
                      (a, n) -> "AROA" + n.toUpperCase(Locale.ROOT)))),
          entry(
              "AWS::SecretsManager::Secret",
              ResourceKind.of(
                  "Name",
                  (a, n) -> a.arn("secretsmanager", "secret:" + n),
                  Map.of("Id", (a, n) -> a.arn("secretsmanager", "secret:" + n)))),
          entry(
              "AWS::Logs::LogGroup",
              ResourceKind.of(
                  "LogGroupName",
                  ResourceKind::name,
                  Map.of("Arn", (a, n) -> a.arn("logs", "log-group:" + n + ":*")))),
          entry(
              "AWS::Kinesis::Stream",
              ResourceKind.of(
                  "Name",
                  ResourceKind::name,
                  Map.of("Arn", (a, n) -> a.arn("kinesis", "stream/" + n)))),
          entry(
              "AWS::ECS::Cluster",
              ResourceKind.of(
                  "ClusterName",
                  ResourceKind::name,
                  Map.of("Arn", (a, n) -> a.arn("ecs", "cluster/" + n)))),
          entry(
              "AWS::ECS::TaskDefinition",
              ResourceKind.of(
                  "Family",
                  (a, n) -> a.arn("ecs", "task-definition/" + n + ":1"),
                  Map.of(
                      "TaskDefinitionArn", (a, n) -> a.arn("ecs", "task-definition/" + n + ":1")))),
          entry("AWS::SSM::Parameter", ResourceKind.of("Name", ResourceKind::name, Map.of())));

  /** The kind of {@code type}; types not listed name themselves by logical id. */
  static ResourceKind of(String type) {
    ResourceKind kind = KINDS.get(type);
    return kind != null ? kind : generic(type);
  }

  /** {@code AWS::Glue::Job} gives {@code arn:aws:glue:REGION:ACCOUNT:job/NAME}. */
  private static ResourceKind generic(String type) {
    String[] parts = type.split("::");
    String service = parts.length == 3 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
    String resource = parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : "resource";
    return ResourceKind.of(
        null, ResourceKind::name, Map.of("Arn", (a, n) -> a.arn(service, resource + "/" + n)));
  }

  private static String queueUrl(Account a, String name) {
    return "https://sqs." + a.region() + "." + a.urlSuffix() + "/" + a.accountId() + "/" + name;
  }
}
