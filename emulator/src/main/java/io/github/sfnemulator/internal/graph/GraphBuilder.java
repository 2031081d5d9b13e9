package io.github.sfnemulator.internal.graph;

import io.github.sfnemulator.internal.model.Catcher;
import io.github.sfnemulator.internal.model.ChoiceBranch;
import io.github.sfnemulator.internal.model.ChoiceState;
import io.github.sfnemulator.internal.model.FailState;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.model.ParallelState;
import io.github.sfnemulator.internal.model.Recoverable;
import io.github.sfnemulator.internal.model.State;
import io.github.sfnemulator.internal.model.StateMachineDefinition;
import io.github.sfnemulator.internal.model.SucceedState;
import io.github.sfnemulator.internal.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/** Reads the nodes and edges of a parsed definition, nested scopes included. */
public final class GraphBuilder {
  private final List<GraphNode> nodes = new ArrayList<>();
  private final List<GraphEdge> edges = new ArrayList<>();

  private GraphBuilder() {}

  public static StateGraph build(StateMachineDefinition definition) {
    GraphBuilder b = new GraphBuilder();
    b.scope(definition.workflow(), null);
    return new StateGraph(b.nodes, b.edges);
  }

  private void scope(Workflow workflow, String parentId) {
    String start = workflow.pointer() + "#start";
    String end = workflow.pointer() + "#end";
    nodes.add(new GraphNode(start, GraphNode.Kind.START, "", "Start", parentId, List.of()));
    edges.add(
        new GraphEdge(
            workflow.pointer() + "/StartAt",
            GraphEdge.Kind.START,
            start,
            workflow.start().common().pointer(),
            "",
            List.of()));
    for (State state : workflow.states().values()) {
      state(state, workflow, parentId, end);
    }
    nodes.add(new GraphNode(end, GraphNode.Kind.END, "", "End", parentId, List.of()));
  }

  private void state(State state, Workflow scope, String parentId, String end) {
    String id = state.common().pointer();
    List<GraphNode.Retry> retries = new ArrayList<>();
    if (state instanceof Recoverable r) {
      for (int i = 0; i < r.retry().size(); i++) {
        retries.add(
            new GraphNode.Retry(
                id + "/Retry/" + i,
                RuleLabels.retrier(r.retry().get(i)),
                r.retry().get(i).errorEquals()));
      }
    }
    nodes.add(
        new GraphNode(id, GraphNode.Kind.STATE, state.name(), state.type(), parentId, retries));
    if (state instanceof ParallelState p) {
      for (int i = 0; i < p.branches().size(); i++) {
        Workflow branch = p.branches().get(i);
        nodes.add(
            new GraphNode(
                branch.pointer(),
                GraphNode.Kind.BRANCH,
                "Branch " + (i + 1),
                "Branch",
                id,
                List.of()));
        scope(branch, branch.pointer());
      }
    } else if (state instanceof MapState m) {
      scope(m.processor(), id);
    }
    if (state instanceof ChoiceState c) {
      for (int i = 0; i < c.choices().size(); i++) {
        ChoiceBranch branch = c.choices().get(i);
        edge(
            id + "/Choices/" + i,
            GraphEdge.Kind.CHOICE,
            id,
            scope,
            branch.next(),
            RuleLabels.rule(branch.rule()),
            List.of());
      }
      if (c.defaultNext() != null) {
        edge(
            id + "/Default",
            GraphEdge.Kind.DEFAULT,
            id,
            scope,
            c.defaultNext(),
            "Default",
            List.of());
      }
    } else if (state instanceof SucceedState
        || state instanceof FailState
        || state.common().transition().isEnd()) {
      edges.add(new GraphEdge(id + "/End", GraphEdge.Kind.END, id, end, "", List.of()));
    } else {
      edge(
          id + "/Next",
          GraphEdge.Kind.NEXT,
          id,
          scope,
          state.common().transition().next(),
          "",
          List.of());
    }
    if (state instanceof Recoverable r) {
      for (int i = 0; i < r.catchers().size(); i++) {
        Catcher c = r.catchers().get(i);
        edge(
            id + "/Catch/" + i,
            GraphEdge.Kind.CATCH,
            id,
            scope,
            c.next(),
            String.join(", ", c.errorEquals()),
            c.errorEquals());
      }
    }
  }

  private void edge(
      String id,
      GraphEdge.Kind kind,
      String source,
      Workflow scope,
      String next,
      String label,
      List<String> errors) {
    State target = scope.state(next);
    // A validated definition names only states of the same scope; skip anything else.
    if (target != null) {
      edges.add(new GraphEdge(id, kind, source, target.common().pointer(), label, errors));
    }
  }
}
