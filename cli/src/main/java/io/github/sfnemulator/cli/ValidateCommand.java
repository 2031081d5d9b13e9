package io.github.sfnemulator.cli;

import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.internal.limits.ApiConstraints;
import io.github.sfnemulator.internal.parse.DefinitionParser;
import io.github.sfnemulator.internal.parse.DefinitionReader;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE...}: checks state machine definitions (JSON, or YAML for {@code .yaml} and
 * {@code .yml} files) and prints one line per problem, {@code FILE:LOCATION: SEVERITY CODE:
 * message}, then a summary. A SAM, CloudFormation or CDK template has each of its state machines
 * checked ({@code FILE#LogicalId:LOCATION: ...}); {@code FILE#LogicalId} checks one. Exits 1 when
 * any file has an error.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks state machine definitions and prints every problem found.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is valid (warnings allowed)", "1:some file has an error"})
final class ValidateCommand implements Callable<Integer> {
  static final String CANNOT_READ_FILE = "CANNOT_READ_FILE";
  static final String DEFINITION_TOO_LARGE = "DEFINITION_TOO_LARGE";

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "ASL definition files, or templates (template.yaml, cdk.out/Stack.template.json), or template.yaml#LogicalId.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    for (Path file : files) {
      TemplateTarget template = TemplateTarget.of(file);
      if (template != null) {
        invalid += template.validate(ValidateCommand::validateText, out) ? 0 : 1;
        continue;
      }
      ValidationResult result = validate(file);
      for (Diagnostic diagnostic : result.diagnostics()) {
        out.println(file + ":" + diagnostic);
      }
      if (!result.isValid()) {
        invalid++;
      }
    }
    out.println(summary(files.size(), invalid));
    out.flush();
    return invalid == 0 ? 0 : 1;
  }

  private static ValidationResult validate(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return unreadable("the file does not exist. Check the path.");
    } catch (CharacterCodingException e) {
      return unreadable("the file is not UTF-8 text. Save it as UTF-8.");
    } catch (IOException | RuntimeException e) {
      return unreadable(
          "the file cannot be read as UTF-8 text ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ").");
    }
    try {
      ApiConstraints.checkDefinition(text);
    } catch (SfnApiException e) {
      return new ValidationResult(
          List.of(Diagnostic.error(DEFINITION_TOO_LARGE, "", e.getMessage())));
    }
    return DefinitionParser.validate(
        DefinitionReader.read(text, DefinitionReader.Format.forFileName(file.toString())));
  }

  private static ValidationResult validateText(String definition) {
    return DefinitionParser.validate(DefinitionReader.read(definition));
  }

  private static ValidationResult unreadable(String why) {
    return new ValidationResult(
        List.of(Diagnostic.error(CANNOT_READ_FILE, "", "Cannot validate: " + why)));
  }

  static String summary(int files, int invalid) {
    return files
        + (files == 1 ? " file: " : " files: ")
        + (files - invalid)
        + " valid, "
        + invalid
        + " invalid";
  }
}
