package io.github.sfnemulator.internal.query.jsonpath;

/**
 * The shape of a path's text, read in one pass, and the bound on its length. Jayway's compiler and
 * the ResultPath writer recurse once per segment, and a path thousands of segments long would build
 * data nested deeper than any JSON reader accepts (Jackson's default is 1,000 levels); the bound
 * turns both into a clear message.
 */
final class PathSegments {
  /** The most {@code .name} and {@code [...]} steps a path may take. */
  static final int MAX = 500;

  private static final int SHOWN = 80;

  private PathSegments() {}

  /**
   * What one pass over a path's text finds outside quotes: its {@code .} and {@code [} (an upper
   * bound on the steps), how deep brackets and parentheses nest, and whether they balance.
   */
  record Shape(int steps, int nesting, boolean balanced) {}

  static Shape shape(String text) {
    int steps = 0;
    int open = 0; // for the nesting: an unmatched closer does not go below zero
    int nesting = 0;
    int depth = 0; // for the balance: an unmatched closer unbalances for good
    boolean balanced = true;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else {
        if (c == '.' || c == '[') {
          steps++;
        }
        if (c == '[' || c == '(') {
          nesting = Math.max(nesting, ++open);
          depth++;
        } else if (c == ']' || c == ')') {
          if (open > 0) {
            open--;
          }
          if (--depth < 0) {
            balanced = false;
          }
        }
      }
    }
    return new Shape(steps, nesting, balanced && depth == 0 && quote == 0);
  }

  /** The path, cut short when too long to quote whole in a message. */
  static String abbreviate(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }
}
