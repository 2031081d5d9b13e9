package io.github.sfnemulator.internal.graph;

/**
 * What an overlay says about one element of the picture.
 *
 * @param cssClass added to the element's class, e.g. {@code taken}, {@code failed}, {@code
 *     uncovered}
 * @param badge a short text drawn on the element (a count), or empty
 * @param title the tooltip ({@code <title>}), or empty
 * @param note a line drawn under the element (a failed state's error), or empty
 */
public record Mark(String cssClass, String badge, String title, String note) {
  public static final Mark NONE = new Mark("", "", "");

  public Mark(String cssClass, String badge, String title) {
    this(cssClass, badge, title, "");
  }
}
