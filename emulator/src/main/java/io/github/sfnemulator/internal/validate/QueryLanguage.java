package io.github.sfnemulator.internal.validate;

/** The two query languages of ASL, spelled as in {@code QueryLanguage}. */
enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String text;

  QueryLanguage(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The language named {@code text}, or {@code null} when the text names none. */
  static QueryLanguage fromText(String text) {
    for (QueryLanguage language : values()) {
      if (language.text.equals(text)) {
        return language;
      }
    }
    return null;
  }
}
