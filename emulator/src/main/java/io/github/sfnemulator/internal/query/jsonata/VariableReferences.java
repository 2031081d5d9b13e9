package io.github.sfnemulator.internal.query.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the {@code $name} references of an expression, so that an evaluation binds only the
 * workflow variables it can read instead of every variable in scope.
 *
 * <p>The scan skips string literals, back-quoted names and comments. It may over-report (a {@code
 * $name} inside a regular expression, a function parameter), which is harmless: a name without a
 * workflow variable is not bound.
 */
final class VariableReferences {
  private VariableReferences() {}

  static Set<String> of(String expression) {
    Set<String> names = new LinkedHashSet<>();
    int length = expression.length();
    int i = 0;
    while (i < length) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(expression, i, c);
      } else if (c == '/' && i + 1 < length && expression.charAt(i + 1) == '*') {
        int end = expression.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
      } else if (c == '$') {
        int start = i + 1;
        int end = start;
        while (end < length && isNameChar(expression.charAt(end))) {
          end++;
        }
        if (end > start) {
          names.add(expression.substring(start, end));
        }
        i =
            end == start
                ? start + (start < length && expression.charAt(start) == '$' ? 1 : 0)
                : end;
      } else {
        i++;
      }
    }
    return names;
  }

  private static int skipQuoted(String expression, int open, char quote) {
    int i = open + 1;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
