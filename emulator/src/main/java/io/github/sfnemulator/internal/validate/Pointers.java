package io.github.sfnemulator.internal.validate;

/** JSON pointers (RFC 6901) as diagnostics locate problems with them. */
final class Pointers {
  private Pointers() {}

  /** {@code parent} extended by one reference token, escaping {@code ~} and {@code /}. */
  static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
