package io.github.sfnemulator.template;

import io.github.sfnemulator.internal.template.TemplateProblem;
import io.github.sfnemulator.internal.template.TerraformRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A definition file as Terraform's {@code templatefile(path, vars)} renders it for an {@code
 * aws_sfn_state_machine}: {@code ${name}} and {@code ${jsonencode(name)}} replaced by the
 * variables, <code>$${</code> and <code>%%{</code> kept as literal <code>${</code> and <code>%{
 * </code>.
 *
 * <pre>{@code
 * // definition = templatefile("statemachine.asl.json", { charge_arn = aws_lambda_function.charge.arn })
 * String definition = TerraformTemplate.render(Path.of("statemachine.asl.json"),
 *     Map.of("charge_arn", "arn:aws:lambda:us-east-1:123456789012:function:charge"));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TerraformTemplate {
  private TerraformTemplate() {}

  /**
   * The rendered text of the file at {@code path}.
   *
   * @throws TemplateException when the file cannot be read, a variable has no value (the message
   *     names it) or an expression is not supported
   */
  public static String render(Path path, Map<String, ?> variables) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TemplateException(
          "Terraform template '"
              + path
              + "': cannot read it ("
              + e.getMessage()
              + "). Check the path.");
    }
    return render(text, path.getFileName().toString(), variables);
  }

  /** The rendered {@code text}; {@code fileName} names it in errors. */
  public static String render(String text, String fileName, Map<String, ?> variables) {
    try {
      return TerraformRenderer.render(text, fileName, variables);
    } catch (TemplateProblem e) {
      throw new TemplateException(e.getMessage());
    }
  }
}
