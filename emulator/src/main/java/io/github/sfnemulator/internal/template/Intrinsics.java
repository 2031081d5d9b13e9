package io.github.sfnemulator.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Resolves CloudFormation's intrinsic functions in a template's values: {@code Ref}, {@code
 * Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code
 * Fn::If} with the template's Conditions, {@code Fn::FindInMap}, {@code Fn::Base64}, {@code
 * Fn::GetAZs}, {@code Fn::ImportValue}, {@code Fn::ToJsonString} and {@code Fn::Length}. The user's
 * values come first, then pseudo parameters, parameters' defaults, and the names and ARNs that
 * resources would have. Not thread-safe: one per load.
 */
final class Intrinsics {
  /** Stands for {@code AWS::NoValue}: the property or list element is removed. */
  static final JsonNode NO_VALUE = Json.NODES.missingNode();

  private final TemplateDocument template;
  private final Account account;
  private final Map<String, String> values;
  private final Set<String> naming = new HashSet<>();
  private final ListFunctions lists;

  Intrinsics(TemplateDocument template, Account account, Map<String, String> values) {
    this.template = template;
    this.account = account;
    this.values = values;
    this.lists = new ListFunctions(this, template, account);
  }

  /** {@code node} with every intrinsic function replaced by its value. */
  JsonNode resolve(JsonNode node, Where where) {
    if (node.isObject()) {
      if (node.size() == 1) {
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        String key = only.getKey();
        if (key.equals("Ref") || key.startsWith("Fn::")) {
          return function(key, only.getValue(), where);
        }
      }
      ObjectNode out = Json.NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = resolve(e.getValue(), where.child(e.getKey()));
        if (value != NO_VALUE) {
          out.set(e.getKey(), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = resolve(node.get(i), where.child(i));
        if (value != NO_VALUE) {
          out.add(value);
        }
      }
      return out;
    }
    return node;
  }

  /** The text of a resolved scalar; a list or object where text belongs is an error. */
  String text(JsonNode node, Where where, String function) {
    JsonNode value = resolve(node, where);
    if (value.isValueNode() && !value.isNull()) {
      return value.asText();
    }
    throw TemplateProblem.at(
        where,
        function
            + " needs text here, not "
            + describe(value)
            + ". Give a string or a function that returns one.");
  }

  private JsonNode function(String name, JsonNode argument, Where where) {
    Where at = where.child(name);
    return switch (name) {
      case "Ref" -> ref(textArgument(argument, at, name), at);
      case "Fn::GetAtt" -> getAtt(argument, at);
      case "Fn::Sub" -> Json.NODES.textNode(sub(argument, at));
      case "Fn::Join" -> Json.NODES.textNode(lists.join(argument, at));
      case "Fn::Select" -> lists.select(argument, at);
      case "Fn::Split" -> lists.split(argument, at);
      case "Fn::If" -> ifThen(argument, at);
      case "Fn::FindInMap" -> lists.findInMap(argument, at);
      case "Fn::Base64" ->
          Json.NODES.textNode(
              Base64.getEncoder()
                  .encodeToString(text(argument, at, name).getBytes(StandardCharsets.UTF_8)));
      case "Fn::GetAZs" -> lists.azs(argument, at);
      case "Fn::ImportValue" -> importValue(argument, at);
      case "Fn::ToJsonString" -> Json.NODES.textNode(Json.write(resolve(argument, at)));
      case "Fn::Length" -> Json.NODES.numberNode(lists.list(argument, at, name).size());
      case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not" ->
          Json.NODES.booleanNode(new Conditions(this, template).evaluate(name, argument, at));
      default ->
          throw TemplateProblem.at(
              at,
              name
                  + " is not an intrinsic function the emulator resolves. Replace it, or give the"
                  + " state machine's definition another way.");
    };
  }

  // ---- Ref and Fn::GetAtt

  JsonNode ref(String name, Where where) {
    String given = values.get(name);
    if (given != null) {
      return Json.NODES.textNode(given);
    }
    switch (name) {
      case "AWS::Region":
        return Json.NODES.textNode(account.region());
      case "AWS::AccountId":
        return Json.NODES.textNode(account.accountId());
      case "AWS::Partition":
        return Json.NODES.textNode(account.partition());
      case "AWS::URLSuffix":
        return Json.NODES.textNode(account.urlSuffix());
      case "AWS::StackName":
        return Json.NODES.textNode(account.stackName());
      case "AWS::StackId":
        return Json.NODES.textNode(
            account.arn(
                "cloudformation",
                "stack/" + account.stackName() + "/00000000-0000-0000-0000-000000000000"));
      case "AWS::NoValue":
        return NO_VALUE;
      case "AWS::NotificationARNs":
        return Json.NODES.arrayNode();
      default:
        break;
    }
    JsonNode parameter = template.parameters().get(name);
    if (parameter != null) {
      return parameterValue(name, parameter, where);
    }
    JsonNode resource = template.resources().get(name);
    if (resource != null) {
      return Json.NODES.textNode(kind(resource).ref().apply(account, physicalName(name)));
    }
    throw TemplateProblem.at(
        where,
        "Ref '"
            + name
            + "' names no parameter, resource or pseudo parameter of the template. Fix the name, or"
            + " give its value with TemplateOptions value(\""
            + name
            + "\", ...).");
  }

  private JsonNode parameterValue(String name, JsonNode parameter, Where where) {
    JsonNode fallback = parameter.get("Default");
    if (fallback == null || fallback.isNull()) {
      throw TemplateProblem.at(
          where,
          "Ref '"
              + name
              + "' names a parameter without a Default. Give its value with TemplateOptions"
              + " value(\""
              + name
              + "\", ...).");
    }
    String type = parameter.path("Type").asText("String");
    if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
      return ListFunctions.splitList(fallback.asText(), ",");
    }
    return Json.NODES.textNode(fallback.asText());
  }

  private JsonNode getAtt(JsonNode argument, Where where) {
    JsonNode pair = argument.isTextual() ? TemplateReader.splitAttribute(argument) : argument;
    if (!pair.isArray() || pair.size() != 2) {
      throw TemplateProblem.at(
          where,
          "Fn::GetAtt needs [LogicalId, Attribute] or 'LogicalId.Attribute', not "
              + describe(argument)
              + ".");
    }
    String id = text(pair.get(0), where.child(0), "Fn::GetAtt");
    String attribute = text(pair.get(1), where.child(1), "Fn::GetAtt");
    return Json.NODES.textNode(attribute(id, attribute, where));
  }

  String attribute(String id, String attribute, Where where) {
    String given = values.get(id + "." + attribute);
    if (given != null) {
      return given;
    }
    JsonNode resource = template.resources().get(id);
    if (resource == null) {
      throw TemplateProblem.at(
          where,
          "Fn::GetAtt '"
              + id
              + "."
              + attribute
              + "' names no resource of the template. Fix the logical id, or give the value with"
              + " TemplateOptions value(\""
              + id
              + "."
              + attribute
              + "\", ...).");
    }
    var function = kind(resource).attributes().get(attribute);
    if (function == null) {
      throw TemplateProblem.at(
          where,
          "Fn::GetAtt '"
              + id
              + "."
              + attribute
              + "': the emulator does not know attribute '"
              + attribute
              + "' of "
              + resource.path("Type").asText("a resource without Type")
              + " (it knows "
              + String.join(", ", kind(resource).attributes().keySet().stream().sorted().toList())
              + "). Give the value with TemplateOptions value(\""
              + id
              + "."
              + attribute
              + "\", ...).");
    }
    return function.apply(account, physicalName(id));
  }

  /** The resource's name: its name property where the template sets one, else its logical id. */
  String physicalName(String id) {
    JsonNode resource = template.resources().get(id);
    String property = kind(resource).nameProperty();
    JsonNode name = property == null ? null : resource.path("Properties").get(property);
    if (name == null) {
      return id;
    }
    if (!naming.add(id)) {
      throw TemplateProblem.at(
          new Where(template.name(), id, "Properties/" + property),
          "the name refers to itself through intrinsic functions. Give it a literal name.");
    }
    try {
      return text(name, new Where(template.name(), id, "Properties/" + property), "the name");
    } finally {
      naming.remove(id);
    }
  }

  private static ResourceKind kind(JsonNode resource) {
    return ResourceKinds.of(resource.path("Type").asText(""));
  }

  // ---- strings

  private String sub(JsonNode argument, Where where) {
    JsonNode pattern = argument;
    JsonNode variables = null;
    if (argument.isArray()) {
      if (argument.size() != 2 || !argument.get(1).isObject()) {
        throw TemplateProblem.at(
            where,
            "Fn::Sub needs a string or [string, {variables}], not " + describe(argument) + ".");
      }
      pattern = argument.get(0);
      variables = argument.get(1);
    }
    String text = text(pattern, where.child(0), "Fn::Sub");
    JsonNode vars = variables;
    return Placeholders.replace(
        text,
        placeholder -> {
          if (placeholder.startsWith("!")) {
            return "${" + placeholder.substring(1) + "}";
          }
          if (vars != null && vars.has(placeholder)) {
            return text(vars.get(placeholder), where.child(1).child(placeholder), "Fn::Sub");
          }
          int dot = placeholder.indexOf('.');
          if (dot > 0 && !placeholder.startsWith("AWS::")) {
            return attribute(placeholder.substring(0, dot), placeholder.substring(dot + 1), where);
          }
          JsonNode value = ref(placeholder, where);
          if (!value.isValueNode()) {
            throw TemplateProblem.at(
                where, "Fn::Sub '${" + placeholder + "}' is " + describe(value) + ", not text.");
          }
          return value.asText();
        });
  }

  private JsonNode ifThen(JsonNode argument, Where where) {
    if (!argument.isArray() || argument.size() != 3 || !argument.get(0).isTextual()) {
      throw TemplateProblem.at(
          where,
          "Fn::If needs [ConditionName, value if true, value if false], not "
              + describe(argument)
              + ".");
    }
    boolean holds = new Conditions(this, template).named(argument.get(0).textValue(), where);
    return resolve(argument.get(holds ? 1 : 2), where.child(holds ? 1 : 2));
  }

  private JsonNode importValue(JsonNode argument, Where where) {
    String name = text(argument, where, "Fn::ImportValue");
    String given = values.get(name);
    if (given == null) {
      throw TemplateProblem.at(
          where,
          "Fn::ImportValue '"
              + name
              + "' is another stack's export, which the emulator cannot see. Give its value with"
              + " TemplateOptions value(\""
              + name
              + "\", ...).");
    }
    return Json.NODES.textNode(given);
  }

  private String textArgument(JsonNode argument, Where where, String function) {
    if (!argument.isTextual()) {
      throw TemplateProblem.at(where, function + " needs a name, not " + describe(argument) + ".");
    }
    return argument.textValue();
  }

  static String describe(JsonNode value) {
    if (value == NO_VALUE) {
      return "AWS::NoValue";
    }
    return switch (value.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object " + Json.write(value);
      case NULL -> "null";
      case STRING -> "the string '" + value.textValue() + "'";
      default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + value;
    };
  }
}
