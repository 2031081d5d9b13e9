package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
import io.github.sfnemulator.internal.query.jsonata.JsonataTemplate;
import java.util.Iterator;
import java.util.Map;

/**
 * Compiles every path, payload template and JSONata expression of a state with the interpreter's
 * compilers, and warns about literal text that looks like a path (NO_DOLLAR) or a Pass Result that
 * tries to use one (PASS_RESULT_IS_STATIC).
 */
final class ExpressionsCheck implements Check {

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    if (state.type() == null) {
      return;
    }
    Map<String, FieldSpec> fields = StateSchema.fields(state.type());
    for (Iterator<Map.Entry<String, JsonNode>> it = state.node().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      FieldSpec spec = fields.get(field.getKey());
      JsonNode value = field.getValue();
      if (spec == null
          || !spec.allowedIn(state.language())
          || FieldTypes.mismatch(spec.kind(), value, state.jsonata()) != null) {
        continue; // StateFieldsCheck reports these
      }
      String pointer = state.pointer(field.getKey());
      if (state.jsonata() && (spec.kind().acceptsExpression() || isTemplate(spec.kind()))) {
        compile(pointer, field.getKey(), spec.kind(), value, true, out);
      } else if (!state.jsonata()) {
        compile(pointer, field.getKey(), spec.kind(), value, false, out);
        if (spec.kind() == FieldKind.PAYLOAD_TEMPLATE || spec.kind() == FieldKind.TEMPLATE) {
          noDollar(pointer, value, out);
        } else if (spec.kind() == FieldKind.STATIC_JSON) {
          passResultIsStatic(pointer, value, out);
        }
      }
    }
  }

  private static boolean isTemplate(FieldKind kind) {
    return kind == FieldKind.TEMPLATE || kind == FieldKind.JSONATA_TEMPLATE;
  }

  private static void compile(
      String pointer,
      String field,
      FieldKind kind,
      JsonNode value,
      boolean jsonata,
      DiagnosticSink out) {
    if (jsonata && !isTemplate(kind) && !JsonataTemplate.isExpression(value)) {
      return;
    }
    String problem = Expressions.problem(kind, value, jsonata);
    if (problem != null) {
      out.add(
          kind.name().endsWith("PATH") || kind == FieldKind.REFERENCE_PATH_OR_INTRINSIC
              ? RuleMessages.invalidPath(pointer, field, problem)
              : RuleMessages.invalidExpression(pointer, field, problem));
    }
  }

  private static void noDollar(String pointer, JsonNode template, DiagnosticSink out) {
    if (template.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String key = entry.getKey();
        JsonNode value = entry.getValue();
        String child = Pointers.child(pointer, key);
        if (!key.endsWith(".$") && value.isTextual() && looksEvaluated(value.textValue())) {
          out.add(RuleMessages.looksLikeDollarField(child, key, value.textValue()));
        }
        noDollar(child, value, out);
      }
    } else if (template.isArray()) {
      for (int i = 0; i < template.size(); i++) {
        noDollar(Pointers.child(pointer, i), template.get(i), out);
      }
    }
  }

  private static void passResultIsStatic(String pointer, JsonNode result, DiagnosticSink out) {
    if (result.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String child = Pointers.child(pointer, entry.getKey());
        if (entry.getKey().endsWith(".$")) {
          out.add(RuleMessages.passResultIsStatic(child, entry.getKey()));
        }
        passResultIsStatic(child, entry.getValue(), out);
      }
    } else if (result.isArray()) {
      for (int i = 0; i < result.size(); i++) {
        passResultIsStatic(Pointers.child(pointer, i), result.get(i), out);
      }
    }
  }

  private static boolean looksEvaluated(String text) {
    return Operands.looksLikePath(text) || text.matches("States\\.[A-Za-z]+\\(.*\\)");
  }
}
