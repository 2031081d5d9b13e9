package io.github.sfnemulator.graph;

import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.graph.CoverageOverlay;
import io.github.sfnemulator.internal.graph.ElkLayout;
import io.github.sfnemulator.internal.graph.ExecutionOverlay;
import io.github.sfnemulator.internal.graph.GraphBuilder;
import io.github.sfnemulator.internal.graph.Layout;
import io.github.sfnemulator.internal.graph.Overlay;
import io.github.sfnemulator.internal.graph.StateGraph;
import io.github.sfnemulator.internal.graph.SvgWriter;
import io.github.sfnemulator.internal.parse.DefinitionParser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A picture of a state machine, as SVG: states as boxes coloured by type, Choice rules and {@code
 * Default} as labelled arrows, Catch arrows dashed with their error names, Parallel branches and
 * Map processors as nested groups, laid out by Eclipse ELK's layered algorithm. Over it, an
 * execution: the path it took, visit counts, retries per state, the Catches it took and the state
 * that failed with its error; each state's tooltip lists its visits' virtual timestamps.
 *
 * <pre>{@code
 * StateMachineGraph graph = StateMachineGraph.of("order", definitionJson);
 * Files.writeString(Path.of("order.svg"), graph.toSvg());
 * Execution run = emulator.startExecution(machine.arn(), "{}").await();
 * Files.writeString(Path.of("run.svg"), graph.toSvg(ExecutionTrace.of(run.name(), run.history())));
 * }</pre>
 *
 * <p>Needs {@code org.eclipse.elk:org.eclipse.elk.alg.layered} on the class path: the emulator
 * declares it optional, and the JUnit extension, the Maven plugin and the CLI bring it. The layout
 * is computed once per graph; the object is immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineGraph {
  private final String name;
  private final StateGraph graph;
  private volatile Layout layout;

  private StateMachineGraph(String name, StateGraph graph) {
    this.name = name;
    this.graph = graph;
  }

  /**
   * The graph of a definition (JSON or YAML text).
   *
   * @param name the state machine's name, drawn as the picture's title
   * @throws io.github.sfnemulator.validation.DefinitionException when the definition is invalid
   */
  public static StateMachineGraph of(String name, String definition) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    return new StateMachineGraph(
        name, GraphBuilder.build(DefinitionParser.parse(name, definition)));
  }

  public String name() {
    return name;
  }

  /** The state machine alone. */
  public String toSvg() {
    return SvgWriter.write(name, layout(), Overlay.NONE);
  }

  /** The state machine with an execution drawn over it. */
  public String toSvg(ExecutionTrace trace) {
    Objects.requireNonNull(trace, "trace");
    return SvgWriter.write(
        name, layout(), ExecutionOverlay.of(graph, trace, name + ": " + trace.outcome()));
  }

  /** The state machine with the execution whose history this is drawn over it. */
  public String toSvg(List<HistoryEvent> history) {
    return toSvg(ExecutionTrace.of(history));
  }

  /**
   * The ids of the elements coverage counts (states, transitions, retriers), each with the number
   * of times the execution entered, took or fired it; elements it did not reach are absent.
   */
  public Map<String, Integer> hits(ExecutionTrace trace) {
    return io.github.sfnemulator.internal.graph.ElementHits.of(graph, trace);
  }

  /** The state machine coloured by coverage: {@code hits} by element id. */
  String toCoverageSvg(Map<String, Integer> hits, String caption) {
    return SvgWriter.write(name, layout(), CoverageOverlay.of(graph, hits, caption));
  }

  StateGraph graph() {
    return graph;
  }

  Layout layout() {
    Layout l = layout;
    if (l == null) {
      synchronized (this) {
        if (layout == null) {
          layout = layOut(graph);
        }
        l = layout;
      }
    }
    return l;
  }

  private static Layout layOut(StateGraph graph) {
    try {
      return ElkLayout.layout(graph);
    } catch (NoClassDefFoundError missing) {
      throw new IllegalStateException(
          "Drawing a state machine needs Eclipse ELK on the class path ("
              + missing.getMessage()
              + " is missing). Add the dependency"
              + " org.eclipse.elk:org.eclipse.elk.alg.layered:0.10.0 to your build.",
          missing);
    }
  }
}
