package io.github.sfnemulator.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;

/** The sections of a template that resolving refers to; a missing section is empty. */
record TemplateDocument(
    String name, JsonNode parameters, JsonNode mappings, JsonNode conditions, JsonNode resources) {

  static TemplateDocument of(String name, JsonNode root) {
    return new TemplateDocument(
        name,
        section(root, "Parameters"),
        section(root, "Mappings"),
        section(root, "Conditions"),
        section(root, "Resources"));
  }

  private static JsonNode section(JsonNode root, String name) {
    JsonNode section = root.get(name);
    return section != null && section.isObject() ? section : Json.NODES.objectNode();
  }
}
