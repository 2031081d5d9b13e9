package io.github.sfnemulator.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.w3c.dom.Element;

/** A generated machine of 200 states, to show the layout copes with size. */
class LargeStateMachineGraphTest {
  static final int STATES = 200;

  /**
   * 200 states in groups of ten: a Choice that skips ahead or goes on, Tasks with a Catch to a
   * shared handler, Pass states, and a Parallel every fifty states.
   */
  static String definition() {
    StringBuilder b = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < STATES - 1; i++) {
      String next = "S" + (i + 1);
      String state;
      if (i == STATES - 2) {
        state = "{\"Type\":\"Pass\",\"End\":true}";
      } else if (i % 10 == 0 && i + 5 < STATES - 1) {
        state =
            "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":"
                + i
                + ",\"Next\":\"S"
                + (i + 5)
                + "\"}],\"Default\":\""
                + next
                + "\"}";
      } else if (i % 50 == 25) {
        state =
            "{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"P"
                + i
                + "\",\"States\":{\"P"
                + i
                + "\":{\"Type\":\"Pass\",\"End\":true}}}],\"Next\":\""
                + next
                + "\"}";
      } else if (i % 3 == 0) {
        state =
            "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
                + "\"Parameters\":{\"FunctionName\":\"f"
                + i
                + "\"},"
                + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Handler\"}],\"Next\":\""
                + next
                + "\"}";
      } else {
        state = "{\"Type\":\"Pass\",\"Next\":\"" + next + "\"}";
      }
      b.append('"').append("S").append(i).append("\":").append(state).append(',');
    }
    b.append("\"Handler\":{\"Type\":\"Fail\",\"Error\":\"Broken\"}}}");
    return b.toString();
  }

  @Test
  void lays_out_a_machine_of_200_states_without_overlapping_boxes(TestReporter reporter) {
    // GIVEN
    StateMachineGraph graph = StateMachineGraph.of("large", definition());

    // WHEN
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    String svg = graph.toSvg();
    // Reported, not asserted: the build machines are shared, so wall time says little.
    reporter.publishEntry(
        "layout and SVG of " + STATES + " states",
        (System.nanoTime() - start) / 1_000_000
            + " ms wall, "
            + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000
            + " ms CPU");

    // THEN
    SvgDocument doc = SvgDocument.parse(svg);
    List<Element> boxes =
        doc.groups("state").stream()
            .filter(e -> !SvgDocument.classes(e).contains("group"))
            .toList();
    // 200 states, of which 4 Parallels drawn as groups, each with a Pass inside
    assertThat(boxes).hasSize(STATES);
    assertThat(doc.groups("parallel")).hasSize(4);
    List<double[]> rects =
        boxes.stream()
            .map(SvgDocument::rect)
            .map(
                r ->
                    new double[] {
                      SvgDocument.number(r, "x"),
                      SvgDocument.number(r, "y"),
                      SvgDocument.number(r, "width"),
                      SvgDocument.number(r, "height")
                    })
            .toList();
    for (int i = 0; i < rects.size(); i++) {
      for (int j = i + 1; j < rects.size(); j++) {
        assertThat(overlap(rects.get(i), rects.get(j)))
            .as(
                "%s and %s overlap",
                boxes.get(i).getAttribute("data-name"), boxes.get(j).getAttribute("data-name"))
            .isFalse();
      }
    }
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }
}
