package io.github.sfnemulator.internal.graph;

/**
 * The picture's style sheet and arrow heads: a state's type sets its fill, an overlay its stroke.
 */
final class SvgStyle {
  private SvgStyle() {}

  static final String CSS =
      """
      <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6e7781"/></marker>
      <marker id="arrow-taken" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#0969da"/></marker>
      <marker id="arrow-caught" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#bc4c00"/></marker>
      <marker id="arrow-covered" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1a7f37"/></marker>
      <marker id="arrow-uncovered" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#cf222e"/></marker>
      </defs>
      <style>
      .sfn-graph { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif; background: #fff; }
      text { font-size: 11px; fill: #24292f; }
      .sfn-graph .caption { font-size: 13px; font-weight: bold; }
      .state rect { fill: #f6f8fa; stroke: #8c959f; stroke-width: 1.2; }
      .state.task rect { fill: #ddf4ff; } .state.choice rect { fill: #fff8c5; }
      .state.pass rect { fill: #f6f8fa; } .state.wait rect { fill: #fbefff; }
      .state.succeed rect { fill: #dafbe1; } .state.fail rect { fill: #ffebe9; }
      .state .name, .group-label { font-size: 13px; font-weight: bold; }
      .state .type { fill: #57606a; } .retry { fill: #6e7781; font-style: italic; }
      .group > rect { fill: #fafbfc; stroke: #8c959f; stroke-dasharray: 5 3; }
      .group.map > rect { fill: #f5f0ff; } .group.parallel > rect { fill: #f0f6ff; }
      .group.branch > rect { fill: #ffffff; stroke-dasharray: 2 2; }
      .marker circle { fill: #57606a; } .marker.end circle { fill: #fff; stroke: #57606a; stroke-width: 4; }
      .edge path { fill: none; stroke: #8c959f; stroke-width: 1.3; marker-end: url(#arrow); }
      .edge.catch path { stroke-dasharray: 6 4; }
      .edge .label { fill: #57606a; } .edge .label-bg { fill: #fff; opacity: 0.85; }
      .edge.catch .label { fill: #bc4c00; }
      .visited:not(.edge) > rect { stroke: #0969da; stroke-width: 2.5; }
      .visited.failed > rect { stroke: #cf222e; stroke-width: 3; fill: #ffebe9; }
      .badge { font-weight: bold; fill: #0969da; } .failed .badge, .note { fill: #cf222e; font-weight: bold; }
      .edge.taken path { stroke: #0969da; stroke-width: 2.5; marker-end: url(#arrow-taken); }
      .edge.caught path { stroke: #bc4c00; marker-end: url(#arrow-caught); }
      .retrier.fired .retry { fill: #bc4c00; font-weight: bold; }
      .covered:not(.edge) > rect { stroke: #1a7f37; stroke-width: 2.5; }
      .uncovered:not(.edge) > rect { stroke: #cf222e; stroke-width: 2.5; fill: #ffebe9; }
      .edge.covered path { stroke: #1a7f37; stroke-width: 2.2; marker-end: url(#arrow-covered); }
      .edge.uncovered path { stroke: #cf222e; stroke-width: 2.2; marker-end: url(#arrow-uncovered); }
      .uncovered .badge, .edge.uncovered .label, .retrier.uncovered .retry { fill: #cf222e; }
      .covered .badge { fill: #1a7f37; } .retrier.covered .retry { fill: #1a7f37; }
      </style>
      """;
}
