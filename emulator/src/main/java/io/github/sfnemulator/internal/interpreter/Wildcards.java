package io.github.sfnemulator.internal.interpreter;

/** StringMatches: {@code *} matches any run of characters; {@code \*} and {@code \\} escape. */
final class Wildcards {
  private Wildcards() {}

  static boolean matches(String pattern, String text) {
    return match(pattern, 0, text, 0);
  }

  private static boolean match(String p, int pi, String t, int ti) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        while (pi < p.length() && p.charAt(pi) == '*') {
          pi++;
        }
        if (pi == p.length()) {
          return true;
        }
        for (int k = ti; k <= t.length(); k++) {
          if (match(p, pi, t, k)) {
            return true;
          }
        }
        return false;
      }
      if (c == '\\' && pi + 1 < p.length()) {
        pi++;
        c = p.charAt(pi);
      }
      if (ti >= t.length() || t.charAt(ti) != c) {
        return false;
      }
      pi++;
      ti++;
    }
    return ti == t.length();
  }
}
