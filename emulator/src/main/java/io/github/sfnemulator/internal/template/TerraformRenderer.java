package io.github.sfnemulator.internal.template;

import io.github.sfnemulator.internal.json.Json;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a file as Terraform's {@code templatefile} does for the expressions definitions use:
 * {@code ${name}}, {@code ${jsonencode(name)}}, and the escapes <code>$${</code> and <code>%%{
 * </code>. Anything else inside {@code ${...}}, and any {@code %{...}} directive, is an error that
 * names it.
 */
public final class TerraformRenderer {
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern JSONENCODE =
      Pattern.compile("jsonencode\\(\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*\\)");

  private TerraformRenderer() {}

  /**
   * @throws TemplateProblem naming the file and the variable or expression it cannot render
   */
  public static String render(String text, String fileName, Map<String, ?> variables) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '$' || c == '%') && text.startsWith(c + "" + c + "{", i)) {
        out.append(c).append('{'); // $${ and %%{ are escapes for a literal ${ or %{
        i += 3;
      } else if (c == '%' && text.startsWith("%{", i)) {
        throw problem(
            fileName,
            line(text, i),
            "the directive '"
                + snippet(text, i)
                + "' is not supported; only ${variable} and ${jsonencode(variable)} are. Write $${ or %%{ for literal text.");
      } else if (c == '$' && text.startsWith("${", i)) {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw problem(
              fileName,
              line(text, i),
              "'${' has no closing '}'. Close it, or write $${ for a literal ${.");
        }
        out.append(value(text.substring(i + 2, end).strip(), fileName, line(text, i), variables));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String value(
      String expression, String fileName, int line, Map<String, ?> variables) {
    Matcher encode = JSONENCODE.matcher(expression);
    boolean json = encode.matches();
    String name = json ? encode.group(1) : expression;
    if (!VARIABLE.matcher(name).matches()) {
      throw problem(
          fileName,
          line,
          "the expression '${"
              + expression
              + "}' is not supported; only ${variable} and ${jsonencode(variable)} are. Compute the"
              + " value in Terraform and pass it as a variable.");
    }
    if (!variables.containsKey(name)) {
      throw problem(
          fileName,
          line,
          "variable '"
              + name
              + "' has no value. Pass it in the variables (given: "
              + (variables.isEmpty()
                  ? "none"
                  : String.join(", ", new java.util.TreeSet<>(variables.keySet())))
              + ").");
    }
    Object value = variables.get(name);
    return json ? Json.write(Json.mapper().valueToTree(value)) : String.valueOf(value);
  }

  private static int line(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String snippet(String text, int from) {
    int end = text.indexOf('}', from);
    return end < 0
        ? text.substring(from, Math.min(text.length(), from + 20))
        : text.substring(from, end + 1);
  }

  private static TemplateProblem problem(String fileName, int line, String what) {
    return new TemplateProblem(
        "Terraform template '" + fileName + "' (line " + line + "): " + what);
  }
}
