package io.github.sfnemulator.internal.validate;

import static io.github.sfnemulator.internal.validate.FieldKind.ARRAY;
import static io.github.sfnemulator.internal.validate.FieldKind.BOOLEAN;
import static io.github.sfnemulator.internal.validate.FieldKind.ITEMS;
import static io.github.sfnemulator.internal.validate.FieldKind.JSONATA_TEMPLATE;
import static io.github.sfnemulator.internal.validate.FieldKind.MACHINE;
import static io.github.sfnemulator.internal.validate.FieldKind.NON_NEGATIVE_INTEGER;
import static io.github.sfnemulator.internal.validate.FieldKind.NULLABLE_PATH;
import static io.github.sfnemulator.internal.validate.FieldKind.OBJECT;
import static io.github.sfnemulator.internal.validate.FieldKind.PAYLOAD_TEMPLATE;
import static io.github.sfnemulator.internal.validate.FieldKind.PERCENTAGE;
import static io.github.sfnemulator.internal.validate.FieldKind.POSITIVE_INTEGER;
import static io.github.sfnemulator.internal.validate.FieldKind.QUERY_LANGUAGE;
import static io.github.sfnemulator.internal.validate.FieldKind.REFERENCE_PATH;
import static io.github.sfnemulator.internal.validate.FieldKind.REFERENCE_PATH_OR_INTRINSIC;
import static io.github.sfnemulator.internal.validate.FieldKind.RESOURCE;
import static io.github.sfnemulator.internal.validate.FieldKind.RESULT_PATH;
import static io.github.sfnemulator.internal.validate.FieldKind.SECONDS;
import static io.github.sfnemulator.internal.validate.FieldKind.STATIC_JSON;
import static io.github.sfnemulator.internal.validate.FieldKind.STRING;
import static io.github.sfnemulator.internal.validate.FieldKind.TEMPLATE;
import static io.github.sfnemulator.internal.validate.FieldKind.TEXT;
import static io.github.sfnemulator.internal.validate.FieldKind.TIMESTAMP;
import static io.github.sfnemulator.internal.validate.FieldSpec.both;
import static io.github.sfnemulator.internal.validate.FieldSpec.jsonPath;
import static io.github.sfnemulator.internal.validate.FieldSpec.jsonata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The fields each state type allows, as AWS's Step Functions developer guide documents them. */
final class StateSchema {
  static final List<String> TYPES =
      List.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");

  private static final List<FieldSpec> COMMON =
      List.of(both("Type", STRING), both("Comment", STRING), both("QueryLanguage", QUERY_LANGUAGE));
  private static final List<FieldSpec> TRANSITION =
      List.of(both("Next", STRING), both("End", BOOLEAN));
  private static final List<FieldSpec> IO =
      List.of(
          jsonPath("InputPath", NULLABLE_PATH),
          jsonPath("OutputPath", NULLABLE_PATH),
          jsonata("Output", JSONATA_TEMPLATE),
          both("Assign", TEMPLATE));
  private static final List<FieldSpec> RESULT =
      List.of(
          jsonPath("ResultPath", RESULT_PATH),
          jsonPath("ResultSelector", PAYLOAD_TEMPLATE),
          both("Retry", ARRAY),
          both("Catch", ARRAY));

  private static final Map<String, Map<String, FieldSpec>> FIELDS = new LinkedHashMap<>();
  private static final Map<String, Set<String>> REQUIRED =
      Map.of(
          "Task", Set.of("Resource"),
          "Choice", Set.of("Choices"),
          "Parallel", Set.of("Branches"));

  static {
    define(
        "Pass",
        TRANSITION,
        IO,
        List.of(
            jsonPath("Parameters", PAYLOAD_TEMPLATE),
            jsonPath("ResultPath", RESULT_PATH),
            jsonPath("Result", STATIC_JSON)));
    define(
        "Task",
        TRANSITION,
        IO,
        RESULT,
        List.of(
            both("Resource", RESOURCE),
            jsonPath("Parameters", PAYLOAD_TEMPLATE),
            jsonata("Arguments", JSONATA_TEMPLATE),
            both("TimeoutSeconds", POSITIVE_INTEGER),
            jsonPath("TimeoutSecondsPath", REFERENCE_PATH),
            both("HeartbeatSeconds", POSITIVE_INTEGER),
            jsonPath("HeartbeatSecondsPath", REFERENCE_PATH),
            both("Credentials", OBJECT)));
    define("Choice", IO, List.of(both("Choices", ARRAY), both("Default", STRING)));
    define(
        "Wait",
        TRANSITION,
        IO,
        List.of(
            both("Seconds", SECONDS),
            both("Timestamp", TIMESTAMP),
            jsonPath("SecondsPath", REFERENCE_PATH),
            jsonPath("TimestampPath", REFERENCE_PATH)));
    define(
        "Succeed",
        List.of(
            jsonPath("InputPath", NULLABLE_PATH),
            jsonPath("OutputPath", NULLABLE_PATH),
            jsonata("Output", JSONATA_TEMPLATE)));
    define(
        "Fail",
        List.of(
            both("Error", TEXT),
            both("Cause", TEXT),
            jsonPath("ErrorPath", REFERENCE_PATH_OR_INTRINSIC),
            jsonPath("CausePath", REFERENCE_PATH_OR_INTRINSIC)));
    define(
        "Parallel",
        TRANSITION,
        IO,
        RESULT,
        List.of(
            both("Branches", ARRAY),
            jsonPath("Parameters", PAYLOAD_TEMPLATE),
            jsonata("Arguments", JSONATA_TEMPLATE)));
    define(
        "Map",
        TRANSITION,
        IO,
        RESULT,
        List.of(
            both("ItemProcessor", MACHINE),
            both("Iterator", MACHINE),
            jsonPath("ItemsPath", REFERENCE_PATH),
            jsonata("Items", ITEMS),
            both("ItemSelector", TEMPLATE),
            jsonPath("Parameters", PAYLOAD_TEMPLATE),
            both("ItemReader", OBJECT),
            both("ItemBatcher", OBJECT),
            both("ResultWriter", OBJECT),
            both("MaxConcurrency", NON_NEGATIVE_INTEGER),
            jsonPath("MaxConcurrencyPath", REFERENCE_PATH),
            both("ToleratedFailurePercentage", PERCENTAGE),
            jsonPath("ToleratedFailurePercentagePath", REFERENCE_PATH),
            both("ToleratedFailureCount", NON_NEGATIVE_INTEGER),
            jsonPath("ToleratedFailureCountPath", REFERENCE_PATH),
            both("Label", STRING)));
  }

  private StateSchema() {}

  /** The fields of {@code type}, or {@code null} for an unknown type. */
  static Map<String, FieldSpec> fields(String type) {
    return FIELDS.get(type);
  }

  static Set<String> required(String type) {
    return REQUIRED.getOrDefault(type, Set.of());
  }

  @SafeVarargs
  private static void define(String type, List<FieldSpec>... groups) {
    Map<String, FieldSpec> fields = new LinkedHashMap<>();
    Stream.concat(Stream.of(COMMON), Stream.of(groups))
        .flatMap(List::stream)
        .forEach(f -> fields.put(f.name(), f));
    FIELDS.put(type, Collections.unmodifiableMap(fields));
  }
}
