package io.github.sfnemulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the example test exactly as it compiles and runs. */
class ReadmeSnippetTest {

  @Test
  void readme_example_is_the_tested_code() throws IOException {
    String test =
        Files.readString(
            Path.of("src/test/java/io/github/sfnemulator/junit/OrderWorkflowExampleTest.java"));
    String readme = Files.readString(Path.of("README.md"));

    assertThat(tagged(readme, "retry_example"))
        .isEqualTo(tagged(test, "retry_example"))
        .isNotBlank();
  }

  /** The lines between {@code // tag::name[]} and {@code // end::name[]}, indentation removed. */
  private static String tagged(String text, String name) {
    String start = "// tag::" + name + "[]";
    String end = "// end::" + name + "[]";
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertThat(from).as("%s in the text", start).isNotNegative();
    assertThat(to).as("%s after %s", end, start).isGreaterThan(from);
    return text.substring(from + start.length(), to).stripIndent().strip();
  }
}
