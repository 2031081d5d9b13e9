package io.github.sfnemulator.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every AWS::StepFunctions::StateMachine and AWS::Serverless::StateMachine of a template and
 * resolves its definition: inline {@code Definition}, {@code DefinitionString}, or a file named by
 * {@code DefinitionUri} (SAM) or {@code DefinitionS3Location} (before {@code aws cloudformation
 * package}) relative to the template; then {@code DefinitionSubstitutions}. Not thread-safe; the
 * public API serializes calls.
 */
public final class TemplateLoader {
  static final String SAM_STATE_MACHINE = "AWS::Serverless::StateMachine";
  static final String CFN_STATE_MACHINE = "AWS::StepFunctions::StateMachine";

  private final Path path;
  private final TemplateDocument template;
  private final Intrinsics intrinsics;
  private final Map<String, String> values;
  private final Conditions conditions;

  private TemplateLoader(Path path, JsonNode root, Account account, Map<String, String> values) {
    this.path = path;
    this.template = TemplateDocument.of(path.getFileName().toString(), root);
    this.values = values;
    this.intrinsics = new Intrinsics(template, account, values);
    this.conditions = new Conditions(intrinsics, template);
  }

  /**
   * Reads the template at {@code path}.
   *
   * @throws TemplateProblem when it cannot be read or is not a template
   */
  public static TemplateLoader open(Path path, Account account, Map<String, String> values) {
    String name = path.getFileName().toString();
    JsonNode root = TemplateReader.read(readFile(path, name, null, null), name);
    if (!root.path("Resources").isObject()) {
      throw TemplateProblem.inTemplate(
          name, "it has no 'Resources' object. Give a CloudFormation, SAM or CDK template.");
    }
    return new TemplateLoader(path, root, account, Map.copyOf(values));
  }

  /** Whether {@code root} looks like a template rather than a definition. */
  public static boolean isTemplate(JsonNode root) {
    return root.path("Resources").isObject() && !root.has("States");
  }

  /** Every state machine of the template, in document order, its definition resolved. */
  public List<ResolvedStateMachine> stateMachines() {
    List<ResolvedStateMachine> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = template.resources().properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String type = e.getValue().path("Type").asText("");
      if ((type.equals(SAM_STATE_MACHINE) || type.equals(CFN_STATE_MACHINE)) && included(e)) {
        out.add(stateMachine(e.getKey(), e.getValue(), type.equals(SAM_STATE_MACHINE)));
      }
    }
    return out;
  }

  /** The logical ids of the resources of {@code type}. */
  public List<String> logicalIds(String... types) {
    List<String> out = new ArrayList<>();
    template
        .resources()
        .properties()
        .forEach(
            e -> {
              if (List.of(types).contains(e.getValue().path("Type").asText(""))) {
                out.add(e.getKey());
              }
            });
    return out;
  }

  /** The resource's type, or null when the template has no such resource. */
  public String typeOf(String logicalId) {
    JsonNode resource = template.resources().get(logicalId);
    return resource == null ? null : resource.path("Type").asText("");
  }

  /**
   * The logical id of {@code id}: itself when the template has that resource, else the resource
   * whose CDK construct path ends with {@code id/Resource} (CDK adds a hash to logical ids), else
   * null.
   */
  public String logicalIdOf(String id) {
    if (template.resources().has(id)) {
      return id;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = template.resources().properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String cdkPath = e.getValue().path("Metadata").path("aws:cdk:path").asText("");
      if (cdkPath.endsWith("/" + id + "/Resource") || cdkPath.endsWith("/" + id)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** {@code Ref X} for {@code X}, {@code Fn::GetAtt} for {@code X.Attribute}. */
  public String resolve(String reference) {
    Where where = new Where(template.name(), null, "");
    int dot = reference.indexOf('.');
    if (dot > 0 && !reference.startsWith("AWS::")) {
      return intrinsics.attribute(reference.substring(0, dot), reference.substring(dot + 1), where);
    }
    JsonNode value = intrinsics.ref(reference, where);
    return value.isValueNode() ? value.asText() : Json.write(value);
  }

  private boolean included(Map.Entry<String, JsonNode> resource) {
    JsonNode condition = resource.getValue().get("Condition");
    return condition == null
        || !condition.isTextual()
        || conditions.named(
            condition.textValue(), new Where(template.name(), resource.getKey(), "Condition"));
  }

  private ResolvedStateMachine stateMachine(String id, JsonNode resource, boolean sam) {
    JsonNode properties = resource.path("Properties");
    Where where = new Where(template.name(), id, "Properties");
    String name = optionalText(properties, sam ? "Name" : "StateMachineName", where);
    String type = optionalText(properties, sam ? "Type" : "StateMachineType", where);
    if (type == null) {
      type = "STANDARD";
    } else if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
      throw TemplateProblem.at(
          where.child(sam ? "Type" : "StateMachineType"),
          "the type is '" + type + "'; a state machine is STANDARD or EXPRESS.");
    }
    Map<String, String> substitutions = substitutions(properties, where);
    String definition = definition(properties, where, sam, substitutions);
    return new ResolvedStateMachine(
        id, name, type, definition, definitionFile(properties, sam, where));
  }

  private String optionalText(JsonNode properties, String field, Where where) {
    JsonNode value = properties.get(field);
    return value == null ? null : intrinsics.text(value, where.child(field), field);
  }

  /** The DefinitionSubstitutions, resolved; null when the template gives none. */
  private Map<String, String> substitutions(JsonNode properties, Where where) {
    JsonNode given = properties.get("DefinitionSubstitutions");
    if (given == null) {
      return null;
    }
    Where at = where.child("DefinitionSubstitutions");
    JsonNode resolved = intrinsics.resolve(given, at);
    if (!resolved.isObject()) {
      throw TemplateProblem.at(
          at,
          "DefinitionSubstitutions must be a map of names to values, not "
              + Intrinsics.describe(resolved)
              + ".");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = resolved.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isValueNode()) {
        throw TemplateProblem.at(
            at.child(e.getKey()),
            "a substitution must be text, a number or a boolean, not "
                + Intrinsics.describe(e.getValue())
                + ".");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private String definition(
      JsonNode properties, Where where, boolean sam, Map<String, String> substitutions) {
    if (properties.has("Definition")) {
      Where at = where.child("Definition");
      JsonNode resolved = intrinsics.resolve(properties.get("Definition"), at);
      if (!resolved.isObject()) {
        throw TemplateProblem.at(
            at,
            "Definition must be an object with StartAt and States, not "
                + Intrinsics.describe(resolved)
                + ".");
      }
      return write(substitute(resolved, at, substitutions));
    }
    if (!sam && properties.has("DefinitionString")) {
      Where at = where.child("DefinitionString");
      return substitute(
          intrinsics.text(properties.get("DefinitionString"), at, "DefinitionString"),
          at,
          substitutions);
    }
    String field = sam ? "DefinitionUri" : "DefinitionS3Location";
    if (properties.has(field)) {
      Where at = where.child(field);
      JsonNode location = intrinsics.resolve(properties.get(field), at);
      if (!location.isTextual()) {
        throw TemplateProblem.at(
            at,
            field
                + " names an S3 object ("
                + Intrinsics.describe(location)
                + "), which the emulator cannot read. Give the path of the definition file,"
                + " relative to the template, as before packaging.");
      }
      Path file = path.toAbsolutePath().getParent().resolve(location.textValue()).normalize();
      String text = readFile(file, template.name(), where.resource(), at.field());
      JsonNode tree =
          TemplateReader.read(
              text,
              file.getFileName().toString(),
              "Give a state machine definition with StartAt and States.");
      return write(substitute(tree, at, substitutions));
    }
    throw TemplateProblem.at(
        where,
        "the state machine has no "
            + (sam
                ? "Definition or DefinitionUri"
                : "Definition, DefinitionString or DefinitionS3Location")
            + ". Add one.");
  }

  /** The file the definition was read from, or null when it is in the template. */
  private Path definitionFile(JsonNode properties, boolean sam, Where where) {
    if (properties.has("Definition") || !sam && properties.has("DefinitionString")) {
      return null;
    }
    String field = sam ? "DefinitionUri" : "DefinitionS3Location";
    JsonNode location = intrinsics.resolve(properties.get(field), where.child(field));
    return path.toAbsolutePath().getParent().resolve(location.textValue()).normalize();
  }

  /** Substitutes in every string of the tree (keys stay as they are). */
  private JsonNode substitute(JsonNode node, Where where, Map<String, String> substitutions) {
    if (node.isTextual()) {
      return Json.NODES.textNode(substitute(node.textValue(), where, substitutions));
    }
    if (node.isObject()) {
      ObjectNode out = Json.NODES.objectNode();
      node.properties()
          .forEach(e -> out.set(e.getKey(), substitute(e.getValue(), where, substitutions)));
      return out;
    }
    if (node.isArray()) {
      var out = Json.NODES.arrayNode();
      node.forEach(item -> out.add(substitute(item, where, substitutions)));
      return out;
    }
    return node;
  }

  /**
   * With DefinitionSubstitutions, every placeholder needs a value (the user's, else the
   * template's); without, only the user's values replace placeholders, and the rest stay.
   */
  private String substitute(String text, Where where, Map<String, String> substitutions) {
    if (!text.contains("${")) {
      return text;
    }
    return Placeholders.replace(
        text,
        placeholder -> {
          String value = values.get(placeholder);
          if (value == null && substitutions != null) {
            value = substitutions.get(placeholder);
          }
          if (value != null) {
            return value;
          }
          if (substitutions == null) {
            return "${" + placeholder + "}";
          }
          throw TemplateProblem.at(
              where,
              "placeholder '${"
                  + placeholder
                  + "}' has no entry in DefinitionSubstitutions ("
                  + (substitutions.isEmpty() ? "none" : String.join(", ", substitutions.keySet()))
                  + "). Add one, or give its value with TemplateOptions value(\""
                  + placeholder
                  + "\", ...).");
        });
  }

  private static String write(JsonNode definition) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(definition);
    } catch (IOException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  static String readFile(Path file, String template, String resource, String field) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      String what =
          "cannot read '"
              + file
              + "' ("
              + (e instanceof java.nio.file.NoSuchFileException
                  ? "no such file"
                  : e.getClass().getSimpleName() + ": " + e.getMessage())
              + "). Check the path.";
      throw resource == null
          ? TemplateProblem.inTemplate(template, what)
          : TemplateProblem.at(new Where(template, resource, field), what);
    }
  }
}
