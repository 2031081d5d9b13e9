package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata.JFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jsonata-java functions that can run for minutes inside a single call, where no step bound can end
 * them, registered again with their arguments bounded first (found by the fuzz campaign): {@code
 * $round(1, 973018)} computes to nearly a million decimal places, and {@code $fromMillis(0,
 * '[Y,1000000]')} pads a year to a million characters one at a time.
 *
 * <p>Each keeps the library's own signature, so argument errors read as before, and delegates to
 * the library's implementation.
 */
final class BoundedLibraryFunctions {
  /**
   * Decimal places beyond which rounding a double changes nothing: 1e308 is the largest and 5e-324
   * the smallest non-zero double.
   */
  private static final int MAX_PRECISION = 400;

  /** The widest field a date/time or number picture may ask for ({@code [Y,1000]}). */
  private static final int MAX_WIDTH = 1_000;

  private static final Pattern WIDTH = Pattern.compile("[,\\-]\\s*(\\d{4,})");

  private static final JFunction ROUND = library("round", "<n-n?:n>", "round");
  private static final JFunction FROM_MILLIS =
      library("fromMillis", "<n-s?s?:s>", "dateTimeFromMillis");
  private static final JFunction FORMAT_INTEGER =
      library("formatInteger", "<n-s:s>", "formatInteger");

  static final Map<String, JFunction> ALL =
      Map.of(
          "round",
          new JFunction((input, args) -> ROUND.call(input, round(args)), "<n-n?:n>"),
          "fromMillis",
          new JFunction(
              (input, args) -> FROM_MILLIS.call(input, picture("fromMillis", args, 1)),
              "<n-s?s?:s>"),
          "formatInteger",
          new JFunction(
              (input, args) -> FORMAT_INTEGER.call(input, picture("formatInteger", args, 1)),
              "<n-s:s>"));

  private BoundedLibraryFunctions() {}

  private static JFunction library(String name, String signature, String method) {
    return new JFunction(name, signature, Functions.class, null, method);
  }

  /** Precision clamped: the result is the same double, computed in microseconds. */
  private static List<?> round(List<?> args) {
    if (args.size() < 2 || !(args.get(1) instanceof Number precision)) {
      return args;
    }
    if (Math.abs(precision.doubleValue()) <= MAX_PRECISION) {
      return args;
    }
    List<Object> bounded = new ArrayList<>(args);
    bounded.set(1, (long) Math.copySign(MAX_PRECISION, precision.doubleValue()));
    return bounded;
  }

  private static List<?> picture(String function, List<?> args, int index) {
    if (args.size() > index && args.get(index) instanceof String picture) {
      Matcher width = WIDTH.matcher(picture);
      while (width.find()) {
        if (width.group(1).length() > 6 || Integer.parseInt(width.group(1)) > MAX_WIDTH) {
          throw new FunctionArgumentException(
              "The picture of $"
                  + function
                  + " asks for a width of "
                  + width.group(1)
                  + " characters, more than the "
                  + MAX_WIDTH
                  + " allowed");
        }
      }
    }
    return args;
  }
}
