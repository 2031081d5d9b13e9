package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON value in a JSONata state (Arguments, Output, Assign, Condition, Items, ...) whose strings
 * of the form {@code {% expression %}} are JSONata expressions, at any depth. Compiled once at
 * parse time; {@link #evaluate} is thread-safe.
 *
 * <p>A string is an expression only when it starts with {@code {%} and ends with {@code %}}
 * exactly: AWS keeps {@code " {% x %} "} as a literal. The text between is trimmed. Subtrees
 * without expressions are shared between evaluations, never copied.
 *
 * <p>Failures are {@link StatesException}s with error {@code States.QueryEvaluationError} and the
 * cause tail AWS writes, e.g. {@code The JSONata expression '$x' specified for the field
 * 'Output/result' returned nothing (undefined).}; the interpreter prefixes {@code An error occurred
 * while executing the state 'S' (entered at the event id #N). }
 */
public final class JsonataTemplate {
  private static final String OPEN = "{%";
  private static final String CLOSE = "%}";

  private final JsonNode template;
  private final String field;
  private final TemplateNode root;

  private JsonataTemplate(JsonNode template, String field, TemplateNode root) {
    this.template = template;
    this.field = field;
    this.root = root;
  }

  /**
   * Compiles a template whose failures name no field. Prefer {@link #compile(String, JsonNode)}.
   *
   * @throws InvalidExpressionException when an expression does not compile
   */
  public static JsonataTemplate compile(JsonNode template) {
    return compile(null, template);
  }

  /**
   * Compiles the template found in state field {@code field} ({@code "Output"}, {@code "Items"},
   * {@code "Assign"}, ...). Causes name nested expressions by path: {@code Output/result}.
   *
   * @throws InvalidExpressionException when an expression does not compile; the message names the
   *     expression, the caller adds the state
   */
  public static JsonataTemplate compile(String field, JsonNode template) {
    return new JsonataTemplate(template, field, compileNode(template, field));
  }

  private static TemplateNode compileNode(JsonNode node, String path) {
    if (isExpression(node)) {
      String text = node.textValue();
      String source = text.substring(OPEN.length(), text.length() - CLOSE.length()).trim();
      try {
        return new ExpressionTemplate(CompiledExpression.compile(source), path);
      } catch (InvalidExpressionException e) {
        throw path == null
            ? e
            : new InvalidExpressionException(e.getMessage() + " (field '" + path + "')");
      }
    }
    if (node.isObject()) {
      List<String> keys = new ArrayList<>(node.size());
      List<TemplateNode> values = new ArrayList<>(node.size());
      boolean dynamic = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        TemplateNode value = compileNode(member.getValue(), child(path, member.getKey()));
        dynamic |= !(value instanceof LiteralTemplate);
        keys.add(member.getKey());
        values.add(value);
      }
      return dynamic ? new ObjectTemplate(List.copyOf(keys), List.copyOf(values)) : literal(node);
    }
    if (node.isArray()) {
      List<TemplateNode> elements = new ArrayList<>(node.size());
      boolean dynamic = false;
      for (int i = 0; i < node.size(); i++) {
        TemplateNode element = compileNode(node.get(i), child(path, String.valueOf(i)));
        dynamic |= !(element instanceof LiteralTemplate);
        elements.add(element);
      }
      return dynamic ? new ArrayTemplate(List.copyOf(elements)) : literal(node);
    }
    return literal(node);
  }

  private static LiteralTemplate literal(JsonNode node) {
    return new LiteralTemplate(node);
  }

  private static String child(String path, String key) {
    return path == null ? key : path + "/" + key;
  }

  public JsonNode template() {
    return template;
  }

  /** Whether the template holds no expression at all (its value never changes). */
  public boolean isConstant() {
    return root instanceof LiteralTemplate;
  }

  /** Whether {@code value} is a string of the form {@code {% ... %}}. */
  public static boolean isExpression(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return false;
    }
    String s = value.textValue();
    return s.startsWith(OPEN) && s.endsWith(CLOSE) && s.length() >= 4;
  }

  /**
   * Evaluates the template; {@code $states} is bound from the scope, {@code $name} to variables.
   *
   * @throws io.github.sfnemulator.internal.error.StatesException States.QueryEvaluationError with
   *     AWS's cause text
   */
  public JsonNode evaluate(EvaluationScope scope) {
    return root.evaluate(scope);
  }

  /**
   * Evaluates a field that must be of one JSON type (Items: array; Fail Error/Cause: string;
   * TimeoutSeconds, MaxConcurrency, Wait Seconds...: number). Range checks (negative, integral)
   * stay with the caller, whose causes differ per field.
   *
   * @throws StatesException States.QueryEvaluationError {@code ... returned an unexpected result
   *     type. Expected 'array', but was 'string' for value: "x"}
   */
  public JsonNode evaluate(EvaluationScope scope, JsonType expected) {
    JsonNode value = root.evaluate(scope);
    if (JsonType.of(value) != expected) {
      String source =
          root instanceof ExpressionTemplate expression ? expression.expression().source() : null;
      throw EvaluationCauses.unexpectedType(source, field, expected, value);
    }
    return value;
  }

  /** Evaluates a Choice rule's {@code Condition}, which must yield a boolean. */
  public boolean evaluateCondition(EvaluationScope scope) {
    return evaluate(scope, JsonType.BOOLEAN).booleanValue();
  }

  @Override
  public String toString() {
    return template.toString();
  }
}
