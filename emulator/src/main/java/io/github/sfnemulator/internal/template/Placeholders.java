package io.github.sfnemulator.internal.template;

import java.util.function.UnaryOperator;

/** Replaces {@code ${name}} placeholders in text, as Fn::Sub and DefinitionSubstitutions do. */
final class Placeholders {
  private Placeholders() {}

  /**
   * {@code text} with each {@code ${name}} replaced by {@code value.apply(name)}; a {@code ${}
   * without its closing brace stays as it is.
   */
  static String replace(String text, UnaryOperator<String> value) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int start = text.indexOf("${"); start >= 0; start = text.indexOf("${", from)) {
      int end = text.indexOf('}', start + 2);
      if (end < 0) {
        break;
      }
      out.append(text, from, start).append(value.apply(text.substring(start + 2, end).strip()));
      from = end + 1;
    }
    return out.append(text, from, text.length()).toString();
  }
}
