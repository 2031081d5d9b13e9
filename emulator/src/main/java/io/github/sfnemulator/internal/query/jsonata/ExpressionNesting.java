package io.github.sfnemulator.internal.query.jsonata;

/**
 * How deeply a JSONata expression's text nests parentheses, brackets and braces, outside string
 * literals, quoted names and comments. jsonata-java parses by recursive descent, so an expression
 * nested a few thousand levels deep overflows the parser's stack; refusing it first gives a clear
 * message instead, and the same answer on every thread whatever its stack size.
 */
final class ExpressionNesting {
  /** Far beyond any expression a person writes, far within what the parser's stack allows. */
  static final int MAX_DEPTH = 100;

  private ExpressionNesting() {}

  /** The deepest nesting in {@code source}, counting only up to just past {@link #MAX_DEPTH}. */
  static int depth(String source) {
    int depth = 0;
    int max = 0;
    int i = 0;
    while (i < source.length() && max <= MAX_DEPTH) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = skipQuoted(source, i, c);
        continue;
      }
      if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
      i++;
    }
    return max;
  }

  private static int skipQuoted(String source, int open, char quote) {
    int i = open + 1;
    while (i < source.length() && source.charAt(i) != quote) {
      i += quote != '`' && source.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
