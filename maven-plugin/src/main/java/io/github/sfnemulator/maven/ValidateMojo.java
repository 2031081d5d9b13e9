package io.github.sfnemulator.maven;

import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.template.StateMachineTemplate;
import io.github.sfnemulator.template.TemplateException;
import io.github.sfnemulator.template.TemplateOptions;
import io.github.sfnemulator.template.TemplateStateMachine;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates every state machine definition of the project, as {@code
 * ValidateStateMachineDefinition} does: the bare definitions under {@code definitionsDirectory},
 * and every state machine of the SAM, CloudFormation and CDK templates under {@code
 * templatesDirectory} ({@code template.yaml}, {@code cdk.out/*.template.json}), their definitions
 * resolved as deploying them would. An ERROR fails the build with {@code file:location: SEVERITY
 * CODE: message} ({@code file#LogicalId:location: ...} for a template); warnings are logged. A
 * definition file a template names with DefinitionUri is checked through the template only, since
 * its {@code ${placeholders}} mean nothing alone.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.github.sfnemulator</groupId>
 *   <artifactId>sfn-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>validate</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSfnMojo {

  /**
   * The directory the definitions are searched in.
   *
   * <pre>{@code
   * <definitionsDirectory>${project.basedir}/src/main/resources</definitionsDirectory>
   * }</pre>
   */
  @Parameter(
      property = "sfn.definitionsDirectory",
      defaultValue = "${project.basedir}/src/main/resources")
  File definitionsDirectory;

  /**
   * Ant-style patterns, relative to {@code definitionsDirectory}, of the definitions to validate
   * ({@code **} matches any number of folders). Default: every {@code .asl.json}, {@code .asl.yaml}
   * and {@code .asl.yml} file at any depth.
   *
   * <pre>{@code
   * <includes>
   *   <include>orders/*.asl.json</include>
   *   <include>shipping/*.asl.yaml</include>
   * </includes>
   * }</pre>
   */
  @Parameter(property = "sfn.includes", defaultValue = "**/*.asl.json,**/*.asl.yaml,**/*.asl.yml")
  List<String> includes;

  /**
   * Ant-style patterns of definitions to leave out.
   *
   * <pre>{@code
   * <excludes>
   *   <exclude>drafts/**</exclude>
   * </excludes>
   * }</pre>
   */
  @Parameter(property = "sfn.excludes")
  List<String> excludes = new ArrayList<>();

  /**
   * The directory the templates are searched in.
   *
   * <pre>{@code
   * <templatesDirectory>${project.basedir}</templatesDirectory>
   * }</pre>
   */
  @Parameter(property = "sfn.templatesDirectory", defaultValue = "${project.basedir}")
  File templatesDirectory;

  /**
   * Ant-style patterns, relative to {@code templatesDirectory}, of the SAM, CloudFormation and CDK
   * templates whose state machines are validated. Default: SAM's {@code template.yaml} (or {@code
   * .yml}, {@code .json}) and CDK's {@code cdk.out/*.template.json}. A matching file that is not a
   * template is ignored.
   *
   * <pre>{@code
   * <templateIncludes>
   *   <include>template.yaml</include>
   *   <include>infra/cdk.out/*.template.json</include>
   * </templateIncludes>
   * }</pre>
   */
  @Parameter(
      property = "sfn.templateIncludes",
      defaultValue = "template.yaml,template.yml,template.json,cdk.out/*.template.json")
  List<String> templateIncludes;

  /**
   * Ant-style patterns of templates to leave out.
   *
   * <pre>{@code
   * <templateExcludes>
   *   <exclude>.aws-sam/**</exclude>
   * </templateExcludes>
   * }</pre>
   */
  @Parameter(property = "sfn.templateExcludes")
  List<String> templateExcludes = new ArrayList<>();

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    List<Path> templates =
        new FileSet(templatesDirectory.toPath(), templateIncludes, templateExcludes)
            .files().stream().filter(StateMachineTemplate::isTemplate).toList();
    List<Path> files = new FileSet(definitionsDirectory.toPath(), includes, excludes).files();
    if (files.isEmpty() && templates.isEmpty()) {
      getLog()
          .info(
              "No state machine definitions under "
                  + definitionsDirectory
                  + " match "
                  + includes
                  + ", and no templates under "
                  + templatesDirectory
                  + " match "
                  + templateIncludes);
      return;
    }
    List<String> errors = new ArrayList<>();
    int validated = 0;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      Set<Path> throughTemplates = new HashSet<>();
      for (Path template : templates) {
        validated += validateTemplate(emulator, template, throughTemplates, errors);
      }
      for (Path file : files) {
        if (throughTemplates.contains(file.toAbsolutePath().normalize())) {
          continue;
        }
        validated++;
        String shown = basedir.toPath().relativize(file).toString();
        report(shown, validate(emulator, file).diagnostics(), errors);
      }
    }
    getLog()
        .info(
            "Validated "
                + validated
                + (validated == 1 ? " definition" : " definitions")
                + ": "
                + errors.size()
                + (errors.size() == 1 ? " error" : " errors"));
    if (!errors.isEmpty()) {
      throw new MojoFailureException(
          "Invalid state machine definitions ("
              + errors.size()
              + (errors.size() == 1 ? " error" : " errors")
              + "):\n"
              + String.join("\n", errors));
    }
  }

  /** Validates each state machine of {@code template}; returns how many it has. */
  private int validateTemplate(
      StepFunctionsEmulator emulator,
      Path template,
      Set<Path> definitionFiles,
      List<String> errors) {
    String shown = basedir.toPath().relativize(template.toAbsolutePath()).toString();
    StateMachineTemplate loaded;
    try {
      loaded =
          StateMachineTemplate.load(
              template, TemplateOptions.newBuilder().from(emulator.options()).build());
    } catch (TemplateException e) {
      report(shown, List.of(Diagnostic.error("INVALID_TEMPLATE", "", e.getMessage())), errors);
      return 1;
    }
    for (TemplateStateMachine machine : loaded.stateMachines().values()) {
      machine.definitionFile().ifPresent(f -> definitionFiles.add(f.toAbsolutePath().normalize()));
      report(
          shown + "#" + machine.logicalId(),
          emulator.validate(machine.definition()).diagnostics(),
          errors);
    }
    return loaded.stateMachines().size();
  }

  private void report(String shown, List<Diagnostic> diagnostics, List<String> errors) {
    for (Diagnostic d : diagnostics) {
      String line = shown + ":" + d;
      switch (d.severity()) {
        case ERROR -> {
          getLog().error(line);
          errors.add(line);
        }
        case WARNING -> getLog().warn(line);
      }
    }
  }

  private static ValidationResult validate(StepFunctionsEmulator emulator, Path file)
      throws MojoExecutionException {
    try {
      return emulator.validate(Files.readString(file));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
