package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.Payloads;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * {@code States.Format}: a template whose {@code {}} placeholders take the following arguments in
 * order. In a literal template {@code \{} and {@code \}} are plain braces.
 */
final class StatesFormat implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.Format";
  }

  @Override
  public int minArguments() {
    return 1;
  }

  @Override
  public int maxArguments() {
    return Integer.MAX_VALUE;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    String raw = args.rawLiteral(0);
    String template = raw != null ? raw : args.string(0);
    boolean escapes = raw != null;
    StringBuilder out = new StringBuilder(template.length() + 16);
    int next = 1;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (escapes && c == '\\' && i + 1 < template.length()) {
        out.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        if (next >= args.size()) {
          throw placeholderMismatch(args, template);
        }
        out.append(JsonValues.render(args.get(next++)));
        i++;
        if (out.length() > Payloads.MAX_BYTES) {
          // Each placeholder may take the whole input: stop before the text outgrows the heap.
          throw new StatesException(
              StatesErrors.DATA_LIMIT_EXCEEDED,
              "The value of States.Format exceeds the maximum size of "
                  + Payloads.MAX_BYTES
                  + " bytes.");
        }
      } else {
        out.append(c);
      }
    }
    if (next != args.size()) {
      throw placeholderMismatch(args, template);
    }
    return Json.NODES.textNode(out.toString());
  }

  private static RuntimeException placeholderMismatch(IntrinsicArguments args, String template) {
    return args.failure(
        "the template '"
            + template
            + "' does not have as many {} placeholders as the "
            + (args.size() - 1)
            + " value argument(s)");
  }
}
