package io.github.sfnemulator.internal.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link StateGraph} out with Eclipse ELK's layered algorithm, top to bottom, groups laid
 * out together with their contents (hierarchy handling INCLUDE_CHILDREN), so an edge never crosses
 * a group's border and groups size to what they hold.
 *
 * <p>Why ELK: it is maintained (0.10.0, 2025), runs as plain jars without OSGi, and its layered
 * algorithm routes edges orthogonally, places edge labels and lays out nested groups. JGraphX is
 * archived (2020) and tied to Swing; JGraphT has graph algorithms but no layered layout with edge
 * routing or compound nodes.
 */
public final class ElkLayout {
  static final String LAYERED = "org.eclipse.elk.layered";
  static final double MARKER = 18;
  static final double GROUP_HEADER = 26;
  private static volatile boolean registered;

  private ElkLayout() {}

  public static Layout layout(StateGraph graph) {
    register();
    ElkNode root = ElkGraphUtil.createGraph();
    configure(root);
    Map<String, ElkNode> elk = new HashMap<>();
    for (GraphNode n : graph.nodes()) {
      ElkNode parent = n.parentId() == null ? root : elk.get(n.parentId());
      ElkNode node = ElkGraphUtil.createNode(parent);
      node.setIdentifier(n.id());
      if (n.isGroup()) {
        configure(node);
        node.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_HEADER + 10, 14, 14, 14));
        node.setProperty(
            CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        node.setProperty(
            CoreOptions.NODE_SIZE_MINIMUM, new KVector(groupHeaderWidth(n), GROUP_HEADER + 20));
      } else {
        double[] size = size(n);
        node.setDimensions(size[0], size[1]);
      }
      elk.put(n.id(), node);
    }
    Map<String, ElkEdge> edges = new HashMap<>();
    for (GraphEdge e : graph.edges()) {
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(elk.get(e.sourceId()), elk.get(e.targetId()));
      if (!e.label().isEmpty()) {
        ElkLabel label = ElkGraphUtil.createLabel(e.label(), edge);
        label.setDimensions(TextMetrics.width(e.label(), TextMetrics.SMALL_SIZE) + 6, 14);
      }
      edges.put(e.id(), edge);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    Map<String, Box> boxes = new HashMap<>();
    for (GraphNode n : graph.nodes()) {
      ElkNode node = elk.get(n.id());
      double[] at = absolute(node);
      boxes.put(n.id(), new Box(at[0], at[1], node.getWidth(), node.getHeight()));
    }
    Map<String, Route> routes = new HashMap<>();
    for (GraphEdge e : graph.edges()) {
      routes.put(e.id(), route(edges.get(e.id())));
    }
    return new Layout(graph, boxes, routes, root.getWidth(), root.getHeight());
  }

  private static void configure(ElkNode node) {
    node.setProperty(CoreOptions.ALGORITHM, LAYERED);
    node.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    node.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
    node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
    node.setProperty(CoreOptions.PADDING, new ElkPadding(16));
    // Crossing minimisation dominates the time on large machines (long Catch edges to a shared
    // handler): 2 tries instead of ELK's 7 keep a 200-state machine well under a second of CPU.
    node.setProperty(LayeredOptions.THOROUGHNESS, 2);
  }

  /** ELK finds its algorithms with ServiceLoader; a plugin's class loader may not see them. */
  private static void register() {
    if (registered) {
      return;
    }
    synchronized (ElkLayout.class) {
      LayoutMetaDataService service = LayoutMetaDataService.getInstance();
      if (service.getAlgorithmData(LAYERED) == null) {
        service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
      }
      registered = true;
    }
  }

  static double[] size(GraphNode n) {
    if (n.kind() == GraphNode.Kind.START || n.kind() == GraphNode.Kind.END) {
      return new double[] {MARKER, MARKER};
    }
    double width =
        Math.max(
            TextMetrics.width(n.name(), TextMetrics.NAME_SIZE) * 1.1, // bold
            TextMetrics.width(n.type() + "  ×000", TextMetrics.SMALL_SIZE));
    for (GraphNode.Retry r : n.retriers()) {
      width = Math.max(width, TextMetrics.width(r.label() + " ·000", TextMetrics.SMALL_SIZE));
    }
    return new double[] {Math.max(90, width + 24), 40 + 15 * n.retriers().size()};
  }

  private static double groupHeaderWidth(GraphNode n) {
    return TextMetrics.width(n.name() + " (" + n.type() + ")  ×000", TextMetrics.NAME_SIZE) * 1.1
        + 28;
  }

  private static double[] absolute(ElkNode node) {
    double x = 0;
    double y = 0;
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      x += n.getX();
      y += n.getY();
    }
    return new double[] {x, y};
  }

  private static Route route(ElkEdge edge) {
    ElkNode container = edge.getContainingNode();
    double[] offset = container == null ? new double[] {0, 0} : absolute(container);
    List<double[]> points = new ArrayList<>();
    for (ElkEdgeSection s : edge.getSections()) {
      points.add(new double[] {offset[0] + s.getStartX(), offset[1] + s.getStartY()});
      s.getBendPoints()
          .forEach(b -> points.add(new double[] {offset[0] + b.getX(), offset[1] + b.getY()}));
      points.add(new double[] {offset[0] + s.getEndX(), offset[1] + s.getEndY()});
    }
    Box label = null;
    if (!edge.getLabels().isEmpty()) {
      ElkLabel l = edge.getLabels().get(0);
      label = new Box(offset[0] + l.getX(), offset[1] + l.getY(), l.getWidth(), l.getHeight());
    }
    return new Route(points, label);
  }
}
