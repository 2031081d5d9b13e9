package io.github.sfnemulator.internal.graph;

/**
 * Estimated text sizes: the layout runs with no font system (headless, no AWT), so widths are
 * counted per character for the sans-serif fonts of the SVG's style sheet, a little generously.
 */
final class TextMetrics {
  static final double NAME_SIZE = 13;
  static final double SMALL_SIZE = 11;

  private TextMetrics() {}

  static double width(String text, double fontSize) {
    return text.codePointCount(0, text.length()) * fontSize * 0.6;
  }
}
