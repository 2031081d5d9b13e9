package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.JException;
import java.util.regex.Pattern;

/**
 * JSONata error messages as the reference implementation words them. jsonata-java's message table
 * says "Object" wherever JSONata says "function" (e.g. T0410 "Argument 1 of Object $x does not
 * match Object signature"); AWS runs the JavaScript wording.
 */
final class LibraryMessages {
  private static final Pattern RENAMED_FUNCTION = Pattern.compile("\\bObject\\b");
  private static final Pattern QUOTED_ARGUMENT_INDEX = Pattern.compile("^Argument \"(\\d+)\"");

  private LibraryMessages() {}

  static String of(JException failure) {
    String message = failure.getMessage();
    if (message == null) {
      return failure.getError();
    }
    String code = failure.getError();
    // "Key in object structure" etc. use lower case; the capitalised word is always the rename.
    if (code == null) {
      return message;
    }
    String fixed = RENAMED_FUNCTION.matcher(message).replaceAll("function");
    // JSONata writes the argument index as a number: Argument 1 of function "length" ...
    return code.startsWith("T04")
        ? QUOTED_ARGUMENT_INDEX.matcher(fixed).replaceFirst("Argument $1")
        : fixed;
  }
}
