package io.github.sfnemulator.graph;

import io.github.sfnemulator.internal.graph.GraphEdge;
import io.github.sfnemulator.internal.graph.GraphNode;
import io.github.sfnemulator.internal.graph.StateGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The coverage of one state machine over a test run: its definition, how many executions ran it,
 * and every state, transition and retrier with how often they were reached.
 *
 * <pre>{@code
 * MachineCoverage order = data.machines().get(0);
 * order.transitions();  // 80.0% (8/10)
 * order.elements().stream().filter(e -> !e.covered()).map(CoverageElement::label).toList();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MachineCoverage {
  private final StateMachineGraph graph;
  private final String definition;
  private final int executions;
  private final Map<String, Integer> hits;
  private final List<CoverageElement> elements;

  MachineCoverage(
      StateMachineGraph graph, String definition, int executions, Map<String, Integer> hits) {
    this.graph = graph;
    this.definition = definition;
    this.executions = executions;
    this.hits = Map.copyOf(hits);
    this.elements = elements(graph.graph(), this.hits);
  }

  public String name() {
    return graph.name();
  }

  /** The definition text the executions ran. */
  public String definition() {
    return definition;
  }

  /** How many executions were recorded. */
  public int executions() {
    return executions;
  }

  /** Every element, in definition order: each state, then its transitions and retriers. */
  public List<CoverageElement> elements() {
    return elements;
  }

  public CoverageCounter states() {
    return count(e -> e.kind() == CoverageElement.Kind.STATE);
  }

  /** Next, Choice rules, Default and Catches. */
  public CoverageCounter transitions() {
    return count(e -> e.kind().isTransition());
  }

  public CoverageCounter catches() {
    return count(e -> e.kind() == CoverageElement.Kind.CATCH);
  }

  public CoverageCounter retriers() {
    return count(e -> e.kind() == CoverageElement.Kind.RETRIER);
  }

  /** The state machine drawn with each element coloured covered or not, with its counts. */
  public String toSvg() {
    return graph.toCoverageSvg(
        hits,
        name()
            + ": states "
            + states()
            + ", transitions "
            + transitions()
            + ", catches "
            + catches()
            + ", retriers "
            + retriers());
  }

  Map<String, Integer> hits() {
    return hits;
  }

  private CoverageCounter count(Predicate<CoverageElement> kind) {
    int total = 0;
    int covered = 0;
    for (CoverageElement e : elements) {
      if (kind.test(e)) {
        total++;
        covered += e.covered() ? 1 : 0;
      }
    }
    return new CoverageCounter(covered, total);
  }

  private static List<CoverageElement> elements(StateGraph graph, Map<String, Integer> hits) {
    List<CoverageElement> out = new ArrayList<>();
    for (GraphNode n : graph.nodes()) {
      if (!n.isState()) {
        continue;
      }
      out.add(
          new CoverageElement(
              n.id(), CoverageElement.Kind.STATE, n.name(), hits.getOrDefault(n.id(), 0)));
      for (GraphNode.Retry r : n.retriers()) {
        out.add(
            new CoverageElement(
                r.id(),
                CoverageElement.Kind.RETRIER,
                n.name() + ": " + r.label(),
                hits.getOrDefault(r.id(), 0)));
      }
      for (GraphEdge e : graph.edgesFrom(n.id())) {
        if (e.kind().isTransition()) {
          out.add(
              new CoverageElement(
                  e.id(), kind(e.kind()), label(graph, e), hits.getOrDefault(e.id(), 0)));
        }
      }
    }
    return List.copyOf(out);
  }

  private static CoverageElement.Kind kind(GraphEdge.Kind kind) {
    return switch (kind) {
      case CHOICE -> CoverageElement.Kind.CHOICE_RULE;
      case DEFAULT -> CoverageElement.Kind.DEFAULT;
      case CATCH -> CoverageElement.Kind.CATCH;
      default -> CoverageElement.Kind.NEXT;
    };
  }

  private static String label(StateGraph graph, GraphEdge e) {
    String arrow = graph.node(e.sourceId()).name() + " → " + graph.node(e.targetId()).name();
    return switch (e.kind()) {
      case CHOICE ->
          arrow
              + " (Choice rule "
              + (Integer.parseInt(e.id().substring(e.id().lastIndexOf('/') + 1)) + 1)
              + ": "
              + e.label()
              + ")";
      case DEFAULT -> arrow + " (Default)";
      case CATCH -> arrow + " (Catch " + e.label() + ")";
      default -> arrow + " (Next)";
    };
  }
}
