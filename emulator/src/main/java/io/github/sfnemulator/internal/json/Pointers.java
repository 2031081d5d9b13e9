package io.github.sfnemulator.internal.json;

/** JSON pointers (RFC 6901), as definitions' diagnostics and model elements locate things. */
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

  /** {@code parent} extended by one reference token. */
  public static String child(String parent, String token) {
    return parent + "/" + escape(token);
  }

  /** {@code parent} extended by an array index. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
