package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code blocks of README.md and docs/ are the tested code: each block marked {@code <!--
 * snippet: PATH#TAG -->} shows its tagged region (or whole file) unchanged. The convention is
 * described in docs/guide/CONTRIBUTING-docs.md.
 */
class GuideSnippetsTest {
  private static final Path ROOT = Path.of("..");

  @TestFactory
  Stream<DynamicTest> every_marked_block_shows_its_source_unchanged() {
    assumeThat(ROOT.resolve("README.md")).as("README.md beside the emulator module").exists();
    List<DocSnippets.Snippet> snippets =
        DocSnippets.pages(ROOT).stream().flatMap(p -> DocSnippets.in(ROOT, p).stream()).toList();
    assertThat(snippets).as("snippet markers in README.md and docs/").isNotEmpty();
    return snippets.stream()
        .map(s -> dynamicTest(s.where(), () -> assertThat(s.problem()).as(s.where()).isNull()));
  }

  @Test
  void every_java_block_of_the_readme_and_the_guide_is_tested_code() {
    assumeThat(ROOT.resolve("README.md")).as("README.md beside the emulator module").exists();
    List<Path> pages =
        DocSnippets.pages(ROOT).stream()
            .filter(p -> p.equals(ROOT.resolve("README.md")) || p.startsWith(ROOT.resolve("docs")))
            .toList();

    assertThat(pages.stream().flatMap(p -> DocSnippets.unmarkedJavaBlocks(ROOT, p).stream()))
        .as(
            "```java blocks without a <!-- snippet: PATH#TAG --> marker (see docs/guide/CONTRIBUTING-docs.md)")
        .isEmpty();
  }

  @Test
  void an_unmarked_java_block_is_reported_with_its_line(@TempDir Path root) throws IOException {
    Files.writeString(
        root.resolve("README.md"),
        "<!-- snippet: A.java#a -->\n```java\nint a;\n```\n\n```java\nint b;\n```\n    ```java\n");

    assertThat(DocSnippets.unmarkedJavaBlocks(root, root.resolve("README.md")))
        .containsExactly("README.md:6");
  }

  @Test
  void a_block_that_differs_from_its_region_names_the_page_the_marker_and_the_line(
      @TempDir Path root) throws IOException {
    // GIVEN
    Files.writeString(
        root.resolve("Example.java"),
        "class Example {\n  // tag::run[]\n  int a = 1;\n\n  int b = 2;\n  // end::run[]\n}\n");
    Files.writeString(
        root.resolve("README.md"),
        "Text\n<!-- snippet: Example.java#run -->\n```java\nint a = 1;\nint b = 3;\n```\n");
    // WHEN
    List<DocSnippets.Snippet> snippets = DocSnippets.in(root, root.resolve("README.md"));
    // THEN
    assertThat(snippets)
        .singleElement()
        .extracting(DocSnippets.Snippet::problem)
        .isEqualTo(
            "README.md:2 (snippet: Example.java#run): differs from its source at page line 5:\n"
                + "  source: int b = 2;\n  page:   int b = 3;");
  }

  @Test
  void indentation_and_blank_lines_do_not_count(@TempDir Path root) throws IOException {
    Files.writeString(
        root.resolve("Example.java"),
        "class Example {\n  // tag::run[]\n  int a = 1;\n\n  int b = 2;\n  // end::run[]\n}\n");
    Files.writeString(
        root.resolve("README.md"),
        "<!-- snippet: Example.java#run -->\n\n```java\nint a = 1;\n      int b = 2;\n\n```\n");

    assertThat(DocSnippets.in(root, root.resolve("README.md")))
        .singleElement()
        .extracting(DocSnippets.Snippet::problem)
        .isNull();
  }

  @Test
  void a_missing_file_a_missing_tag_and_a_missing_block_fail(@TempDir Path root)
      throws IOException {
    Files.writeString(root.resolve("messages.txt"), "one\n");
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(
        root.resolve("docs/page.md"),
        "<!-- snippet: gone.txt -->\n```\none\n```\n"
            + "<!-- snippet: messages.txt#first -->\n```\none\n```\n"
            + "<!-- snippet: messages.txt -->\nno block\n"
            + "    <!-- snippet: an/indented/example.java#shown -->\n");

    assertThat(DocSnippets.in(root, root.resolve("docs/page.md")))
        .extracting(DocSnippets.Snippet::problem)
        .containsExactly(
            "docs/page.md:1 (snippet: gone.txt): names a missing file gone.txt",
            "docs/page.md:5 (snippet: messages.txt#first): messages.txt has no region tag::first[] ... end::first[]",
            "docs/page.md:9 (snippet: messages.txt): the marker must be followed by a ``` code block");
  }

  @Test
  void yaml_regions_use_the_same_markers_after_a_hash(@TempDir Path root) throws IOException {
    Files.writeString(
        root.resolve("s.yaml"), "# tag::cases[]\ncases:\n  - name: a\n# end::cases[]\n");
    Files.writeString(
        root.resolve("README.md"),
        "<!-- snippet: s.yaml#cases -->\n```yaml\ncases:\n  - name: b\n```\n");

    assertThat(DocSnippets.in(root, root.resolve("README.md")))
        .singleElement()
        .extracting(DocSnippets.Snippet::problem)
        .asString()
        .contains("source: - name: a", "page:   - name: b");
  }
}
