package io.github.sfnemulator.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;

/** Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap and Fn::GetAZs: the functions over lists. */
final class ListFunctions {
  private final Intrinsics intrinsics;
  private final TemplateDocument template;
  private final Account account;

  ListFunctions(Intrinsics intrinsics, TemplateDocument template, Account account) {
    this.intrinsics = intrinsics;
    this.template = template;
    this.account = account;
  }

  String join(JsonNode argument, Where where) {
    if (!argument.isArray() || argument.size() != 2) {
      throw TemplateProblem.at(
          where,
          "Fn::Join needs [delimiter, [values]], not " + Intrinsics.describe(argument) + ".");
    }
    String delimiter = intrinsics.text(argument.get(0), where.child(0), "Fn::Join");
    ArrayNode items = list(argument.get(1), where.child(1), "Fn::Join");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append(delimiter);
      }
      b.append(intrinsics.text(items.get(i), where.child(1).child(i), "Fn::Join"));
    }
    return b.toString();
  }

  JsonNode select(JsonNode argument, Where where) {
    if (!argument.isArray() || argument.size() != 2) {
      throw TemplateProblem.at(
          where, "Fn::Select needs [index, [values]], not " + Intrinsics.describe(argument) + ".");
    }
    String index = intrinsics.text(argument.get(0), where.child(0), "Fn::Select");
    ArrayNode items = list(argument.get(1), where.child(1), "Fn::Select");
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      i = -1;
    }
    if (i < 0 || i >= items.size()) {
      throw TemplateProblem.at(
          where,
          "Fn::Select index '" + index + "' is outside the list of " + items.size() + " values.");
    }
    return items.get(i);
  }

  JsonNode split(JsonNode argument, Where where) {
    if (!argument.isArray() || argument.size() != 2) {
      throw TemplateProblem.at(
          where, "Fn::Split needs [delimiter, string], not " + Intrinsics.describe(argument) + ".");
    }
    return splitList(
        intrinsics.text(argument.get(1), where.child(1), "Fn::Split"),
        intrinsics.text(argument.get(0), where.child(0), "Fn::Split"));
  }

  static ArrayNode splitList(String text, String delimiter) {
    ArrayNode out = Json.NODES.arrayNode();
    int from = 0;
    for (int at = text.indexOf(delimiter);
        at >= 0 && !delimiter.isEmpty();
        at = text.indexOf(delimiter, from)) {
      out.add(text.substring(from, at));
      from = at + delimiter.length();
    }
    out.add(text.substring(from));
    return out;
  }

  ArrayNode list(JsonNode node, Where where, String function) {
    JsonNode value = intrinsics.resolve(node, where);
    if (value instanceof ArrayNode array) {
      return array;
    }
    throw TemplateProblem.at(
        where, function + " needs a list here, not " + Intrinsics.describe(value) + ".");
  }

  JsonNode findInMap(JsonNode argument, Where where) {
    if (!argument.isArray() || argument.size() < 3) {
      throw TemplateProblem.at(
          where,
          "Fn::FindInMap needs [MapName, TopLevelKey, SecondLevelKey], not "
              + Intrinsics.describe(argument)
              + ".");
    }
    String map = intrinsics.text(argument.get(0), where.child(0), "Fn::FindInMap");
    String first = intrinsics.text(argument.get(1), where.child(1), "Fn::FindInMap");
    String second = intrinsics.text(argument.get(2), where.child(2), "Fn::FindInMap");
    JsonNode found = template.mappings().path(map).path(first).get(second);
    if (found == null) {
      JsonNode fallback = argument.size() > 3 ? argument.get(3).get("DefaultValue") : null;
      if (fallback != null) {
        return intrinsics.resolve(fallback, where.child(3));
      }
      throw TemplateProblem.at(
          where,
          "Fn::FindInMap finds nothing at Mappings/"
              + map
              + "/"
              + first
              + "/"
              + second
              + ". Fix the names or add the entry.");
    }
    return intrinsics.resolve(found, where);
  }

  JsonNode azs(JsonNode argument, Where where) {
    String region = intrinsics.text(argument, where, "Fn::GetAZs");
    String r = region.isEmpty() ? account.region() : region;
    ArrayNode out = Json.NODES.arrayNode();
    out.add(r + "a").add(r + "b").add(r + "c");
    return out;
  }
}
