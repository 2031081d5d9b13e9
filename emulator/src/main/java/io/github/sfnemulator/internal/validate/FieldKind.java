package io.github.sfnemulator.internal.validate;

/** What a field of a state holds: drives the type check and the expression compilation. */
enum FieldKind {
  /** Any string: Type, Comment, Next, Default, StartAt, Label, Version. */
  STRING(false),
  /** A boolean: End. */
  BOOLEAN(false),
  /** The name of a query language. */
  QUERY_LANGUAGE(false),
  /** A Task or ItemReader/ResultWriter resource ARN. */
  RESOURCE(false),
  /** An integer of 0 or more (MaxConcurrency, ToleratedFailureCount). */
  NON_NEGATIVE_INTEGER(true),
  /** An integer of 1 or more (TimeoutSeconds, HeartbeatSeconds). */
  POSITIVE_INTEGER(true),
  /** Wait's Seconds: an integer of 0 or more. */
  SECONDS(true),
  /** A number from 0 to 100. */
  PERCENTAGE(true),
  /** A string value, or a JSONata expression in JSONata states (Fail's Error and Cause). */
  TEXT(true),
  /** An ISO-8601 timestamp. */
  TIMESTAMP(true),
  /** A JSON object with a structure of its own (ProcessorConfig, ItemReader, Credentials...). */
  OBJECT(false),
  /** A JSON array with a structure of its own (Choices, Branches, Retry, Catch). */
  ARRAY(false),
  /** A sub-machine object with StartAt and States (ItemProcessor, Iterator). */
  MACHINE(false),
  /** A JSONPath Path, or null (InputPath, OutputPath). */
  NULLABLE_PATH(false),
  /** A Reference Path (ItemsPath, SecondsPath, TimeoutSecondsPath...). */
  REFERENCE_PATH(false),
  /** A Reference Path or an intrinsic function call (ErrorPath, CausePath). */
  REFERENCE_PATH_OR_INTRINSIC(false),
  /** ResultPath: a Reference Path, or null to discard the result. */
  RESULT_PATH(false),
  /** A JSONPath payload template object (Parameters, ResultSelector, ItemSelector). */
  PAYLOAD_TEMPLATE(false),
  /** A payload template in JSONPath states, a JSONata template in JSONata states (Assign...). */
  TEMPLATE(false),
  /** Pass's Result: any JSON, used as it is. */
  STATIC_JSON(false),
  /** Any JSON whose strings may be JSONata expressions (Arguments, Output). */
  JSONATA_TEMPLATE(false),
  /** Map's Items: an array or a JSONata expression. */
  ITEMS(true);

  private final boolean acceptsExpression;

  FieldKind(boolean acceptsExpression) {
    this.acceptsExpression = acceptsExpression;
  }

  /** Whether a JSONata state may give a {@code {% %}} expression instead of a literal value. */
  boolean acceptsExpression() {
    return acceptsExpression;
  }
}
