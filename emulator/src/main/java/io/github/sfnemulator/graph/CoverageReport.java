package io.github.sfnemulator.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes a coverage report: {@code index.html} with each state machine's percentages, one HTML page
 * per state machine with its graph coloured covered / not covered and the list of what was not
 * covered, and {@code coverage.json} for tools.
 *
 * <pre>{@code
 * CoverageData data = CoverageData.readAll(Path.of("target/sfn-coverage"));
 * Path index = CoverageReport.write(data, Path.of("target/site/sfn-coverage"));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageReport {
  private CoverageReport() {}

  /** Writes the report into {@code directory} (created) and returns the index page's path. */
  public static Path write(CoverageData data, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<MachineCoverage> machines = data.machines();
    Map<MachineCoverage, String> pages = new LinkedHashMap<>();
    for (MachineCoverage m : machines) {
      String page = fileName(m.name(), pages.values());
      pages.put(m, page);
      Files.writeString(directory.resolve(page), machinePage(m), StandardCharsets.UTF_8);
    }
    Files.writeString(directory.resolve("coverage.json"), json(machines), StandardCharsets.UTF_8);
    Path index = directory.resolve("index.html");
    Files.writeString(index, indexPage(pages), StandardCharsets.UTF_8);
    return index;
  }

  static String indexPage(Map<MachineCoverage, String> pages) {
    StringBuilder b = head("State machine coverage");
    b.append(
            "<h1>State machine coverage</h1>\n<table>\n<tr><th>State machine</th><th>Executions</th>")
        .append("<th>States</th><th>Transitions</th><th>Catches</th><th>Retriers</th></tr>\n");
    pages.forEach(
        (m, page) ->
            b.append("<tr><td><a href=\"")
                .append(esc(page))
                .append("\">")
                .append(esc(m.name()))
                .append("</a></td><td class=\"num\">")
                .append(m.executions())
                .append("</td>")
                .append(cell(m.states()))
                .append(cell(m.transitions()))
                .append(cell(m.catches()))
                .append(cell(m.retriers()))
                .append("</tr>\n"));
    return b.append("</table>\n</body></html>\n").toString();
  }

  static String machinePage(MachineCoverage m) {
    StringBuilder b = head(m.name() + " coverage");
    b.append("<p><a href=\"index.html\">All state machines</a></p>\n<h1>")
        .append(esc(m.name()))
        .append("</h1>\n<table>\n<tr><th>Executions</th><th>States</th>")
        .append(
            "<th>Transitions</th><th>Catches</th><th>Retriers</th></tr>\n<tr><td class=\"num\">")
        .append(m.executions())
        .append("</td>")
        .append(cell(m.states()))
        .append(cell(m.transitions()))
        .append(cell(m.catches()))
        .append(cell(m.retriers()))
        .append("</tr>\n</table>\n");
    b.append("<div class=\"graph\">\n").append(m.toSvg()).append("</div>\n");
    List<CoverageElement> missed = m.elements().stream().filter(e -> !e.covered()).toList();
    b.append("<h2>Not covered (").append(missed.size()).append(")</h2>\n<ul class=\"missed\">\n");
    for (CoverageElement e : missed) {
      b.append("<li data-element=\"")
          .append(esc(e.id()))
          .append("\">")
          .append(esc(kindName(e.kind())))
          .append(": ")
          .append(esc(e.label()))
          .append("</li>\n");
    }
    return b.append("</ul>\n</body></html>\n").toString();
  }

  static String json(List<MachineCoverage> machines) {
    ObjectNode root = Json.NODES.objectNode().put("format", CoverageData.FORMAT);
    ArrayNode list = root.putArray("stateMachines");
    for (MachineCoverage m : machines) {
      ObjectNode o = list.addObject().put("name", m.name()).put("executions", m.executions());
      counter(o, "states", m.states());
      counter(o, "transitions", m.transitions());
      counter(o, "catches", m.catches());
      counter(o, "retriers", m.retriers());
      ArrayNode elements = o.putArray("elements");
      for (CoverageElement e : m.elements()) {
        elements
            .addObject()
            .put("id", e.id())
            .put("kind", e.kind().name())
            .put("label", e.label())
            .put("hits", e.hits());
      }
    }
    return Json.write(root);
  }

  private static void counter(ObjectNode o, String name, CoverageCounter c) {
    o.putObject(name).put("covered", c.covered()).put("total", c.total());
  }

  static String kindName(CoverageElement.Kind kind) {
    return switch (kind) {
      case STATE -> "State";
      case NEXT -> "Next";
      case CHOICE_RULE -> "Choice rule";
      case DEFAULT -> "Default";
      case CATCH -> "Catch";
      case RETRIER -> "Retrier";
    };
  }

  private static String cell(CoverageCounter c) {
    String css = c.total() == 0 ? "na" : c.covered() == c.total() ? "full" : "part";
    return "<td class=\"num "
        + css
        + "\"><span class=\"bar\" style=\"width:"
        + String.format(Locale.ROOT, "%.0f", c.ratio() * 60)
        + "px\"></span> "
        + esc(c.toString())
        + "</td>";
  }

  private static StringBuilder head(String title) {
    return new StringBuilder(32_768)
        .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(
            "body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 24px; color: #24292f; }\n")
        .append("table { border-collapse: collapse; margin: 12px 0; }\n")
        .append("th, td { border: 1px solid #d0d7de; padding: 6px 12px; text-align: left; }\n")
        .append("th { background: #f6f8fa; } td.num { white-space: nowrap; }\n")
        .append(
            ".bar { display: inline-block; height: 10px; background: #1a7f37; vertical-align: middle; }\n")
        .append("td.part .bar { background: #bf8700; } td.part { color: #9a6700; }\n")
        .append(".graph { border: 1px solid #d0d7de; display: inline-block; margin: 8px 0; }\n")
        .append(".missed li { color: #cf222e; }\n")
        .append("</style></head><body>\n");
  }

  /** A page name from the machine's name, unique among {@code taken}. */
  private static String fileName(String name, java.util.Collection<String> taken) {
    String base = name.replaceAll("[^A-Za-z0-9._-]", "_");
    String page = base + ".html";
    for (int i = 2; taken.contains(page) || page.equals("index.html"); i++) {
      page = base + "-" + i + ".html";
    }
    return page;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
