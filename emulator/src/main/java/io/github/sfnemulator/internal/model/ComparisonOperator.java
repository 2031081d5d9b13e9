package io.github.sfnemulator.internal.model;

/** Every Choice comparison operator of ASL, with the kind of operand it compares. */
public enum ComparisonOperator {
  STRING_EQUALS("StringEquals", Kind.STRING),
  STRING_LESS_THAN("StringLessThan", Kind.STRING),
  STRING_GREATER_THAN("StringGreaterThan", Kind.STRING),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", Kind.STRING),
  STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Kind.STRING),
  STRING_MATCHES("StringMatches", Kind.STRING),
  NUMERIC_EQUALS("NumericEquals", Kind.NUMBER),
  NUMERIC_LESS_THAN("NumericLessThan", Kind.NUMBER),
  NUMERIC_GREATER_THAN("NumericGreaterThan", Kind.NUMBER),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Kind.NUMBER),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Kind.NUMBER),
  BOOLEAN_EQUALS("BooleanEquals", Kind.BOOLEAN),
  TIMESTAMP_EQUALS("TimestampEquals", Kind.TIMESTAMP),
  TIMESTAMP_LESS_THAN("TimestampLessThan", Kind.TIMESTAMP),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Kind.TIMESTAMP),
  TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Kind.TIMESTAMP),
  TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Kind.TIMESTAMP),
  IS_NULL("IsNull", Kind.TYPE_TEST),
  IS_PRESENT("IsPresent", Kind.TYPE_TEST),
  IS_NUMERIC("IsNumeric", Kind.TYPE_TEST),
  IS_STRING("IsString", Kind.TYPE_TEST),
  IS_BOOLEAN("IsBoolean", Kind.TYPE_TEST),
  IS_TIMESTAMP("IsTimestamp", Kind.TYPE_TEST);

  /** What the operator compares. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    TIMESTAMP,
    TYPE_TEST
  }

  private final String aslName;
  private final Kind kind;

  /** Which signs of a comparison satisfy the operator: bit 0 less, bit 1 equal, bit 2 greater. */
  private final int accepted;

  ComparisonOperator(String aslName, Kind kind) {
    this.aslName = aslName;
    this.kind = kind;
    this.accepted = acceptedSigns(aslName);
  }

  private static int acceptedSigns(String name) {
    if (name.endsWith("LessThanEquals")) {
      return 0b011;
    }
    if (name.endsWith("GreaterThanEquals")) {
      return 0b110;
    }
    if (name.endsWith("LessThan")) {
      return 0b001;
    }
    if (name.endsWith("GreaterThan")) {
      return 0b100;
    }
    return 0b010;
  }

  /** Whether a comparison result ({@code compareTo}'s sign) satisfies this ordering operator. */
  public boolean accepts(int comparison) {
    int sign = Integer.signum(comparison) + 1;
    return (accepted & (1 << sign)) != 0;
  }

  public String aslName() {
    return aslName;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The operator for an ASL field name; {@code pathForm[0]} is set when the name is the {@code
   * ...Path} variant. Null when the name is not an operator.
   */
  public static ComparisonOperator fromAsl(String field, boolean[] pathForm) {
    boolean path = field.endsWith("Path");
    String base = path ? field.substring(0, field.length() - 4) : field;
    for (ComparisonOperator op : values()) {
      if (op.aslName.equals(base) && (!path || op.kind != Kind.TYPE_TEST)) {
        pathForm[0] = path;
        return op;
      }
    }
    return null;
  }
}
