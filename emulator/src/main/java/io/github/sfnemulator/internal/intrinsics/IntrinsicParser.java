package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the call syntax: {@code States.Name(arg, ...)} where an argument is a nested call, a
 * string in single quotes (escapes {@code \' \{ \} \\}), a number, {@code true}, {@code false},
 * {@code null} or a path starting with {@code $}.
 */
final class IntrinsicParser {
  /**
   * Calls nested in calls. The parser recurses once per level, and a definition of a few KiB can
   * nest thousands; no real call nests more than a handful.
   */
  static final int MAX_DEPTH = 32;

  private final String text;
  private int pos;
  private int depth;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  static CallArgument parse(String text) {
    IntrinsicParser parser = new IntrinsicParser(text);
    parser.skipSpaces();
    CallArgument call = parser.call();
    parser.skipSpaces();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected text after the closing parenthesis");
    }
    return call;
  }

  private CallArgument call() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '.')) {
      pos++;
    }
    String name = text.substring(start, pos);
    IntrinsicFunction function = IntrinsicRegistry.find(name);
    if (function == null) {
      throw error("'" + name + "' is not a known intrinsic function");
    }
    skipSpaces();
    expect('(');
    if (++depth > MAX_DEPTH) {
      throw error("calls are nested more than " + MAX_DEPTH + " levels deep");
    }
    List<Argument> args = new ArrayList<>();
    skipSpaces();
    if (peek() != ')') {
      args.add(argument());
      skipSpaces();
      while (peek() == ',') {
        pos++;
        args.add(argument());
        skipSpaces();
      }
    }
    expect(')');
    depth--;
    checkArity(function, args.size());
    return new CallArgument(function, args);
  }

  private void checkArity(IntrinsicFunction function, int count) {
    int min = function.minArguments();
    int max = function.maxArguments();
    if (count >= min && count <= max) {
      return;
    }
    String expected =
        min == max
            ? "exactly " + min
            : max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
    throw error(function.name() + " takes " + expected + " argument(s) but was given " + count);
  }

  private Argument argument() {
    skipSpaces();
    char c = peek();
    if (c == '\'') {
      return string();
    }
    if (c == '$') {
      return path();
    }
    if (c == '-' || Character.isDigit(c)) {
      return number();
    }
    for (String word : new String[] {"true", "false", "null"}) {
      if (text.startsWith(word, pos) && !isWordChar(pos + word.length())) {
        pos += word.length();
        return new LiteralArgument(Json.parse(word), null);
      }
    }
    if (Character.isLetter(c)) {
      return call();
    }
    throw error("expected an argument");
  }

  private boolean isWordChar(int at) {
    return at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.');
  }

  private LiteralArgument string() {
    int start = ++pos;
    StringBuilder value = new StringBuilder();
    while (pos < text.length() && peek() != '\'') {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        char next = text.charAt(pos++);
        if (next != '\'' && next != '{' && next != '}' && next != '\\') {
          value.append(c);
        }
        value.append(next);
      } else {
        value.append(c);
      }
    }
    if (pos >= text.length()) {
      throw error("unterminated string literal");
    }
    String raw = text.substring(start, pos++);
    return new LiteralArgument(Json.NODES.textNode(value.toString()), raw);
  }

  private LiteralArgument number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(peek()) >= 0) {
      pos++;
    }
    String number = text.substring(start, pos);
    try {
      BigDecimal value = new BigDecimal(number);
      JsonNode node = Json.NODES.numberNode(value);
      if (number.matches("-?\\d+") && value.toBigInteger().bitLength() < 32) {
        node = Json.NODES.numberNode(value.intValueExact());
      } else if (number.matches("-?\\d+") && value.toBigInteger().bitLength() < 64) {
        node = Json.NODES.numberNode(value.longValueExact());
      }
      return new LiteralArgument(node, null);
    } catch (NumberFormatException e) {
      throw error("'" + number + "' is not a number");
    }
  }

  private PathArgument path() {
    int start = pos;
    int depth = 0;
    char quote = 0;
    while (pos < text.length()) {
      char c = peek();
      if (quote != 0) {
        if (c == '\\') {
          pos++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
      pos++;
    }
    // A backslash as the last character steps past the end: found by FuzzTest.
    pos = Math.min(pos, text.length());
    String path = text.substring(start, pos).strip();
    try {
      return new PathArgument(PathExpression.compile(path));
    } catch (InvalidExpressionException e) {
      throw error(e.getMessage());
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private InvalidExpressionException error(String problem) {
    String shown = text.length() <= 120 ? text : text.substring(0, 120) + "...";
    return new InvalidExpressionException(
        "'"
            + shown
            + "' is not a valid intrinsic function call: "
            + problem
            + " at position "
            + pos);
  }
}
