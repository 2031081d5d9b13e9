package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.sfnemulator.internal.json.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}) and the replacements of {@code $now}/{@code
 * $millis}, whose library versions read a per-thread timestamp that goes stale.
 *
 * <p>The function objects are stateless and shared by every compiled expression; randomness and
 * time come from the {@link CurrentEvaluation}.
 */
final class StepFunctionsFunctions {
  private static final Set<String> HASH_ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  static final Map<String, JFunction> ALL =
      Map.of(
          "partition", function(StepFunctionsFunctions::partition),
          "range", function(StepFunctionsFunctions::range),
          "hash", function(StepFunctionsFunctions::hash),
          "random", function(StepFunctionsFunctions::random),
          "uuid", function(args -> uuid()),
          "parse", function(StepFunctionsFunctions::parse),
          "now", function(StepFunctionsFunctions::now),
          "millis", function(args -> CurrentEvaluation.get().timestampMillis()),
          // The library's own signature, so argument errors read as before.
          "pad", new JFunction((input, args) -> pad(args), "<s-ns?:s>"));

  private StepFunctionsFunctions() {}

  private interface Body {
    Object apply(List<?> args);
  }

  private static JFunction function(Body body) {
    return new JFunction((input, args) -> body.apply(args == null ? List.of() : args), null);
  }

  /**
   * JSONata's {@code $pad}, refusing widths beyond what any value may hold: {@code $pad('',
   * 100000000)} would fill the heap inside a single call, where no step bound can end it.
   */
  static Object pad(List<?> args) {
    Object width = args.size() > 1 ? args.get(1) : null;
    if (width instanceof Number number
        && Math.abs(number.doubleValue()) > EvaluationBounds.MAX_VALUE_SIZE) {
      throw new FunctionArgumentException(
          "The width argument of $pad must be at most "
              + EvaluationBounds.MAX_VALUE_SIZE
              + " characters, but was: "
              + number);
    }
    String text = (String) args.get(0);
    if (text == null || width == null) {
      return text;
    }
    String padding =
        args.size() > 2 && args.get(2) != null && !((String) args.get(2)).isEmpty()
            ? (String) args.get(2)
            : " ";
    return pad(text, ((Number) width).intValue(), padding);
  }

  /**
   * JSONata's padding: to {@code |width|} code points, on the right for a positive width and on the
   * left for a negative one, repeating {@code padding} and cutting it short. Built here in one
   * pass: the library adds one character at a time and takes seconds for a width of 100,000 (found
   * by the fuzz campaign).
   */
  private static String pad(String text, int width, String padding) {
    int missing = Math.abs(width) - text.codePointCount(0, text.length());
    if (missing <= 0) {
      return text;
    }
    StringBuilder fill = new StringBuilder();
    int[] codePoints = padding.codePoints().toArray();
    for (int i = 0; i < missing; i++) {
      fill.appendCodePoint(codePoints[i % codePoints.length]);
    }
    return width > 0 ? text + fill : fill + text;
  }

  static Object partition(List<?> args) {
    arity("partition", args, 2, 2);
    Object array = args.get(0);
    if (array == null) {
      return null;
    }
    List<?> items = array instanceof List<?> list ? list : List.of(array);
    long size = integer("partition", args.get(1), "chunk size");
    if (size <= 0) {
      throw new FunctionArgumentException(
          "The chunk size argument of $partition must be a positive integer, but was: " + size);
    }
    List<Object> chunks = new ArrayList<>();
    for (int start = 0; start < items.size(); start += (int) size) {
      chunks.add(new ArrayList<>(items.subList(start, (int) Math.min(items.size(), start + size))));
    }
    return chunks;
  }

  static Object range(List<?> args) {
    arity("range", args, 2, 3);
    long start = integer("range", args.get(0), "start");
    long end = integer("range", args.get(1), "end");
    long step = args.size() > 2 ? integer("range", args.get(2), "step") : 1;
    if (step == 0) {
      throw new FunctionArgumentException("The step argument of $range cannot be zero");
    }
    // Counted before any is built, in exact arithmetic: $range(1, 1e308) would fill the heap and
    // $range(1e308, 1e308) would step past Long.MAX_VALUE and never end.
    java.math.BigInteger span =
        java.math.BigInteger.valueOf(end).subtract(java.math.BigInteger.valueOf(start));
    long count =
        span.signum() != 0 && span.signum() != Long.signum(step)
            ? 0
            : span.divide(java.math.BigInteger.valueOf(step))
                .add(java.math.BigInteger.ONE)
                .min(java.math.BigInteger.valueOf(Long.MAX_VALUE))
                .longValue();
    if (count > EvaluationBounds.MAX_VALUE_SIZE) {
      throw new FunctionArgumentException(
          "The $range from "
              + start
              + " to "
              + end
              + " would have "
              + count
              + " items, more than the "
              + EvaluationBounds.MAX_VALUE_SIZE
              + " allowed");
    }
    // A sequence, like any JSONata range: a single value comes out as that value, not an array.
    List<Object> sequence = Utils.createSequence();
    for (long i = 0; i < count; i++) {
      sequence.add(Utils.convertNumber(start + i * step));
    }
    return sequence;
  }

  static Object hash(List<?> args) {
    arity("hash", args, 2, 2);
    Object data = args.get(0);
    if (data == null) {
      return null;
    }
    if (!(data instanceof String text)) {
      throw new FunctionArgumentException("The first argument of $hash must be a string");
    }
    if (!(args.get(1) instanceof String algorithm) || !HASH_ALGORITHMS.contains(algorithm)) {
      throw new FunctionArgumentException(
          "The hashing algorithm of $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512,"
              + " but was: "
              + describe(args.get(1)));
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + algorithm, e);
    }
  }

  static Object random(List<?> args) {
    arity("random", args, 0, 1);
    if (args.isEmpty() || args.get(0) == null) {
      return CurrentEvaluation.get().scope().random().nextDouble();
    }
    if (!(args.get(0) instanceof Number seed)) {
      throw new FunctionArgumentException("The seed argument of $random must be a number");
    }
    return new Random(seed.longValue()).nextDouble();
  }

  static Object uuid() {
    RandomGenerator random = CurrentEvaluation.get().scope().random();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }

  static Object parse(List<?> args) {
    arity("parse", args, 1, 1);
    Object text = args.get(0);
    if (text == null) {
      return null;
    }
    if (!(text instanceof String json)) {
      throw new FunctionArgumentException("The argument of $parse must be a string");
    }
    try {
      return JsonValues.toJava(Json.parse(json));
    } catch (UncheckedIOException e) {
      throw new FunctionArgumentException(
          "The argument of $parse is not valid JSON: "
              + (e.getCause() instanceof JsonProcessingException invalid
                  ? invalid.getOriginalMessage()
                  : e.getMessage()));
    }
  }

  static Object now(List<?> args) {
    String picture = args.size() > 0 ? (String) args.get(0) : null;
    String timezone = args.size() > 1 ? (String) args.get(1) : null;
    return Functions.dateTimeFromMillis(
        CurrentEvaluation.get().timestampMillis(), picture, timezone);
  }

  private static void arity(String name, List<?> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      String expected = min == max ? String.valueOf(min) : min + " to " + max;
      throw new FunctionArgumentException(
          "$" + name + " expects " + expected + " arguments, but got " + args.size());
    }
  }

  private static long integer(String function, Object value, String what) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d)) {
        return number.longValue();
      }
    }
    throw new FunctionArgumentException(
        "The "
            + what
            + " argument of $"
            + function
            + " must be an integer, but was: "
            + describe(value));
  }

  private static String describe(Object value) {
    if (value == null) {
      return "undefined";
    }
    if (value == Jsonata.NULL_VALUE || JsonValues.isSupported(value)) {
      return Json.write(JsonValues.toJson(value));
    }
    return value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }
}
