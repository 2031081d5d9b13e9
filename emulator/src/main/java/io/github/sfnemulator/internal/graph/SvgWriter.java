package io.github.sfnemulator.internal.graph;

import java.util.Locale;

/**
 * Writes a laid-out graph and its overlay as a standalone SVG document. Every element carries its
 * id and kind as {@code data-} attributes, so tests and scripts can read the picture as XML.
 */
public final class SvgWriter {
  static final double CAPTION_HEIGHT = 26;

  private final Layout layout;
  private final Overlay overlay;
  private final StringBuilder out = new StringBuilder(16_384);

  private SvgWriter(Layout layout, Overlay overlay) {
    this.layout = layout;
    this.overlay = overlay;
  }

  public static String write(String title, Layout layout, Overlay overlay) {
    return new SvgWriter(layout, overlay).document(title);
  }

  private String document(String title) {
    double top = overlay.caption().isEmpty() ? 0 : CAPTION_HEIGHT;
    double width = Math.max(layout.width(), TextMetrics.width(overlay.caption(), 13) + 24);
    double height = layout.height() + top;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sfn-graph\"")
        .append(" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" data-machine=\"")
        .append(esc(title))
        .append("\">\n");
    out.append("<title>").append(esc(title)).append("</title>\n");
    out.append(SvgStyle.CSS);
    if (!overlay.caption().isEmpty()) {
      out.append("<text class=\"caption\" x=\"12\" y=\"18\">")
          .append(esc(overlay.caption()))
          .append("</text>\n");
    }
    out.append("<g transform=\"translate(0,").append(num(top)).append(")\">\n");
    for (GraphNode n : layout.graph().nodes()) {
      if (n.isGroup()) {
        group(n);
      }
    }
    for (GraphEdge e : layout.graph().edges()) {
      edge(e);
    }
    for (GraphNode n : layout.graph().nodes()) {
      if (!n.isGroup()) {
        node(n);
      }
    }
    out.append("</g>\n</svg>\n");
    return out.toString();
  }

  private void group(GraphNode n) {
    Box b = layout.boxes().get(n.id());
    Mark m = n.isState() ? overlay.mark(n.id()) : Mark.NONE;
    String kind = n.kind() == GraphNode.Kind.BRANCH ? "branch" : n.type().toLowerCase(Locale.ROOT);
    open("group " + kind, n, m);
    rect(b, 8);
    String label = n.isState() ? n.name() + " (" + n.type() + ")" : n.name();
    text("group-label", b.x() + 10, b.y() + 18, label);
    retriers(n, b, b.y() + 18);
    badge(m, b.x() + b.width() - 8, b.y() + 18);
    title(m);
    out.append("</g>\n");
  }

  private void node(GraphNode n) {
    Box b = layout.boxes().get(n.id());
    Mark m = overlay.mark(n.id());
    if (n.kind() == GraphNode.Kind.START || n.kind() == GraphNode.Kind.END) {
      open("marker " + n.kind().name().toLowerCase(Locale.ROOT), n, m);
      out.append("<circle cx=\"")
          .append(num(b.x() + b.width() / 2))
          .append("\" cy=\"")
          .append(num(b.y() + b.height() / 2))
          .append("\" r=\"")
          .append(num(b.width() / 2))
          .append("\"/>");
      out.append("</g>\n");
      return;
    }
    open("state " + n.type().toLowerCase(Locale.ROOT), n, m);
    rect(b, n.type().equals("Choice") ? 14 : 4);
    text("name", b.x() + 10, b.y() + 17, n.name());
    text("type", b.x() + 10, b.y() + 32, n.type());
    retriers(n, b, b.y() + 32);
    badge(m, b.x() + b.width() - 6, b.y() + 32);
    if (!m.note().isEmpty()) {
      text("note", b.x() + 2, b.y() + b.height() + 13, m.note());
    }
    title(m);
    out.append("</g>\n");
  }

  private void retriers(GraphNode n, Box b, double y) {
    for (GraphNode.Retry r : n.retriers()) {
      y += 15;
      Mark m = overlay.mark(r.id());
      out.append("<g class=\"retrier ")
          .append(m.cssClass())
          .append("\" data-element=\"")
          .append(esc(r.id()))
          .append("\">");
      text("retry", b.x() + 10, y, r.label() + (m.badge().isEmpty() ? "" : " " + m.badge()));
      title(m);
      out.append("</g>");
    }
  }

  private void edge(GraphEdge e) {
    Route r = layout.routes().get(e.id());
    Mark m = overlay.mark(e.id());
    out.append("<g class=\"edge ").append(e.kind().name().toLowerCase(Locale.ROOT));
    if (!m.cssClass().isEmpty()) {
      out.append(' ').append(m.cssClass());
    }
    out.append("\" data-element=\"")
        .append(esc(e.id()))
        .append("\" data-kind=\"")
        .append(e.kind())
        .append("\" data-source=\"")
        .append(esc(e.sourceId()))
        .append("\" data-target=\"")
        .append(esc(e.targetId()))
        .append("\">");
    out.append("<path d=\"");
    for (int i = 0; i < r.points().size(); i++) {
      double[] p = r.points().get(i);
      out.append(i == 0 ? "M" : " L").append(num(p[0])).append(',').append(num(p[1]));
    }
    out.append("\"/>");
    String label = e.label() + (m.badge().isEmpty() ? "" : " " + m.badge());
    if (r.label() != null || !m.badge().isEmpty()) {
      Box l = r.label() != null ? r.label() : midpoint(r);
      out.append("<rect class=\"label-bg\" x=\"")
          .append(num(l.x() - 2))
          .append("\" y=\"")
          .append(num(l.y() - 1))
          .append("\" width=\"")
          .append(num(TextMetrics.width(label, TextMetrics.SMALL_SIZE) + 4))
          .append("\" height=\"")
          .append(num(l.height() + 2))
          .append("\"/>");
      text("label", l.x(), l.y() + 11, label.strip());
    }
    title(m);
    out.append("</g>\n");
  }

  private static Box midpoint(Route r) {
    double[] a = r.points().get(r.points().size() / 2 - (r.points().size() > 1 ? 1 : 0));
    return new Box(a[0] + 4, a[1] + 2, 20, 14);
  }

  private void open(String css, GraphNode n, Mark m) {
    out.append("<g class=\"").append(css);
    if (!m.cssClass().isEmpty()) {
      out.append(' ').append(m.cssClass());
    }
    out.append("\" data-element=\"")
        .append(esc(n.id()))
        .append("\" data-kind=\"")
        .append(n.kind())
        .append("\" data-name=\"")
        .append(esc(n.name()))
        .append("\" data-type=\"")
        .append(esc(n.type()))
        .append('"');
    if (n.parentId() != null) {
      out.append(" data-parent=\"").append(esc(n.parentId())).append('"');
    }
    out.append('>');
  }

  private void rect(Box b, double radius) {
    out.append("<rect x=\"")
        .append(num(b.x()))
        .append("\" y=\"")
        .append(num(b.y()))
        .append("\" width=\"")
        .append(num(b.width()))
        .append("\" height=\"")
        .append(num(b.height()))
        .append("\" rx=\"")
        .append(num(radius))
        .append("\"/>");
  }

  private void text(String css, double x, double y, String text) {
    out.append("<text class=\"")
        .append(css)
        .append("\" x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\">")
        .append(esc(text))
        .append("</text>");
  }

  private void badge(Mark m, double right, double y) {
    if (!m.badge().isEmpty()) {
      out.append("<text class=\"badge\" text-anchor=\"end\" x=\"")
          .append(num(right))
          .append("\" y=\"")
          .append(num(y))
          .append("\">")
          .append(esc(m.badge()))
          .append("</text>");
    }
  }

  private void title(Mark m) {
    if (!m.title().isEmpty()) {
      out.append("<title>").append(esc(m.title())).append("</title>");
    }
  }

  static String num(double v) {
    return Math.rint(v) == v ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          // XML 1.0 forbids most control characters, even escaped.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
