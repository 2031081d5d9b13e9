package io.github.sfnemulator.internal.template;

/** The partition, region, account and stack that pseudo parameters and ARNs are made of. */
public record Account(String partition, String region, String accountId, String stackName) {
  /** aws-cn for China's regions, aws-us-gov for GovCloud's, aws elsewhere. */
  public static String partitionOf(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  /** {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}. */
  String arn(String service, String resource) {
    return "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":" + resource;
  }

  String urlSuffix() {
    return partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
  }
}
