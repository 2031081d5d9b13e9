package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.intrinsics.IntrinsicExpression;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign in
 * JSONPath states): keys ending in {@code .$} take a path ({@code $}, {@code $$}, {@code $var}) or
 * an intrinsic call and lose the {@code .$}; other values are copied as they are, at any depth.
 * Subtrees without {@code .$} keys are shared, not copied; a template without any evaluates to
 * itself.
 *
 * <p>Runtime causes are tails: the interpreter must prefix them with "An error occurred while
 * executing the state 'S' (entered at the event id #N). " as AWS does. A path that selects nothing
 * raises <b>States.Runtime</b> (not States.ParameterPathFailure: the corpus case
 * scenarios/test_invalid_jsonpath_INVALID_JSONPATH_IN_STRING_EXPR_JSONPATH records AWS doing so for
 * a Pass state) with {@code The JSONPath '$.x' specified for the field 'x.$' could not be found in
 * the input '<compact input JSON>'}.
 */
public final class PayloadTemplate {
  private final JsonNode template;
  private final TemplateNode root;

  private PayloadTemplate(JsonNode template, TemplateNode root) {
    this.template = template;
    this.root = root;
  }

  /**
   * @throws InvalidExpressionException when a {@code .$} value is not a string holding a valid path
   *     or intrinsic function call
   */
  public static PayloadTemplate compile(JsonNode template) {
    return new PayloadTemplate(template, compileNode(template));
  }

  private static TemplateNode compileNode(JsonNode node) {
    if (node.isObject()) {
      return compileObject(node);
    }
    if (node.isArray()) {
      TemplateNode[] items = new TemplateNode[node.size()];
      boolean dynamic = false;
      for (int i = 0; i < items.length; i++) {
        items[i] = compileNode(node.get(i));
        dynamic |= !(items[i] instanceof StaticValue);
      }
      return dynamic ? new ArrayTemplate(items) : new StaticValue(node);
    }
    return new StaticValue(node);
  }

  private static TemplateNode compileObject(JsonNode node) {
    List<String> keys = new ArrayList<>();
    List<TemplateNode> values = new ArrayList<>();
    boolean dynamic = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String key = member.getKey();
      if (key.endsWith(".$")) {
        keys.add(key.substring(0, key.length() - 2));
        values.add(compileDynamic(key, member.getValue()));
        dynamic = true;
      } else {
        TemplateNode value = compileNode(member.getValue());
        keys.add(key);
        values.add(value);
        dynamic |= !(value instanceof StaticValue);
      }
    }
    if (!dynamic) {
      return new StaticValue(node);
    }
    return new ObjectTemplate(keys.toArray(new String[0]), values.toArray(new TemplateNode[0]));
  }

  private static TemplateNode compileDynamic(String field, JsonNode value) {
    if (value.isTextual()) {
      String text = value.textValue();
      if (text.startsWith("$")) {
        return new PathValue(field, PathExpression.compile(text));
      }
      if (IntrinsicExpression.looksLikeCall(text)) {
        return new IntrinsicValue(field, IntrinsicExpression.compile(text));
      }
    }
    throw new InvalidExpressionException(
        "The value for the field '"
            + field
            + "' must be a valid JSONPath or a valid intrinsic"
            + " function call");
  }

  /** The template as written. */
  public JsonNode template() {
    return template;
  }

  /** Whether the template has no {@code .$} member (it evaluates to {@link #template()}). */
  public boolean isStatic() {
    return root instanceof StaticValue;
  }

  /**
   * Evaluates the template.
   *
   * @throws io.github.sfnemulator.internal.error.StatesException States.Runtime (a path selects
   *     nothing) or States.IntrinsicFailure, with AWS's cause text (tail only; see above)
   */
  public JsonNode evaluate(EvaluationScope scope) {
    return root.evaluate(scope);
  }
}
