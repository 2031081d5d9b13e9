package io.github.sfnemulator.maven;

import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates every state machine definition of the project, as {@code
 * ValidateStateMachineDefinition} does. An ERROR fails the build with {@code file:location:
 * SEVERITY CODE: message}; warnings are logged.
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

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    List<Path> files = new FileSet(definitionsDirectory.toPath(), includes, excludes).files();
    if (files.isEmpty()) {
      getLog()
          .info(
              "No state machine definitions under " + definitionsDirectory + " match " + includes);
      return;
    }
    List<String> errors = new ArrayList<>();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      for (Path file : files) {
        String shown = basedir.toPath().relativize(file).toString();
        for (Diagnostic d : validate(emulator, file).diagnostics()) {
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
    }
    getLog()
        .info(
            "Validated "
                + files.size()
                + (files.size() == 1 ? " definition" : " definitions")
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

  private static ValidationResult validate(StepFunctionsEmulator emulator, Path file)
      throws MojoExecutionException {
    try {
      return emulator.validate(Files.readString(file));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
