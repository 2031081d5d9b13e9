package io.github.sfnemulator.internal.parse;

/** JSON pointer (RFC 6901) helpers. */
public final class Pointers {
  private Pointers() {}

  /** Escapes one reference token: {@code ~} and {@code /}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} followed by the escaped tokens. */
  public static String append(String base, String... tokens) {
    StringBuilder sb = new StringBuilder(base);
    for (String t : tokens) {
      sb.append('/').append(escape(t));
    }
    return sb.toString();
  }
}
