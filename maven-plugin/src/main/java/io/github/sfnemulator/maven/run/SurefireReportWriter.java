package io.github.sfnemulator.maven.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one Surefire-format XML file per scenario, {@code TEST-<scenario>.xml}, the shape CI
 * systems (Jenkins, GitLab, GitHub test reporters) read: a {@code testsuite} with one {@code
 * testcase} per case and a {@code failure} or {@code error} element for each that did not pass.
 *
 * <pre>{@code
 * Path xml = new SurefireReportWriter(Path.of("target/surefire-reports")).write(result);
 * // target/surefire-reports/TEST-order.xml, read by CI test reporters
 * }</pre>
 */
public final class SurefireReportWriter {
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private final Path directory;

  public SurefireReportWriter(Path directory) {
    this.directory = directory;
  }

  /** Writes the report and returns its path. */
  public Path write(ScenarioResult result) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("TEST-" + fileSafe(result.name()) + ".xml");
    try (Writer out = new AttributeBreaks(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      XMLStreamWriter xml = XML.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      writeSuite(xml, result);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static void writeSuite(XMLStreamWriter xml, ScenarioResult result)
      throws XMLStreamException {
    boolean broken = result.error() != null;
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", result.name());
    xml.writeAttribute("tests", Integer.toString(broken ? 1 : result.cases().size()));
    xml.writeAttribute("failures", Long.toString(result.count(CaseResult.Outcome.FAILED)));
    xml.writeAttribute(
        "errors", Long.toString(broken ? 1 : result.count(CaseResult.Outcome.ERROR)));
    xml.writeAttribute("skipped", Long.toString(result.count(CaseResult.Outcome.SKIPPED)));
    xml.writeAttribute("time", seconds(result.millis()));
    if (broken) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("name", result.name());
      xml.writeAttribute("classname", result.name());
      xml.writeAttribute("time", "0");
      problem(xml, "error", result.error());
      xml.writeEndElement();
    }
    for (CaseResult c : result.cases()) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("name", c.name());
      xml.writeAttribute("classname", result.name());
      xml.writeAttribute("time", seconds(c.millis()));
      switch (c.outcome()) {
        case FAILED -> problem(xml, "failure", String.join("\n\n", c.messages()));
        case ERROR -> problem(xml, "error", String.join("\n\n", c.messages()));
        case SKIPPED -> {
          xml.writeStartElement("skipped");
          xml.writeAttribute("message", AttributeBreaks.mark(c.messages().get(0)));
          xml.writeEndElement();
        }
        case PASSED -> {}
      }
      if (c.trace() != null) {
        xml.writeStartElement("system-out");
        xml.writeCData(Summary.traceLines(c.trace()).stream().reduce("", (a, b) -> a + b + "\n"));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void problem(XMLStreamWriter xml, String element, String text)
      throws XMLStreamException {
    xml.writeStartElement(element);
    // The whole message, as Surefire writes it: line breaks as character references.
    xml.writeAttribute("message", AttributeBreaks.mark(text));
    xml.writeAttribute("type", element.equals("failure") ? "ExpectationFailed" : "ScenarioError");
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /**
   * Writes the line breaks and tabs of attribute values as {@code &#10;}, {@code &#13;} and {@code
   * &#9;}, as Surefire's own reports do: a reader normalises a raw one to a space, so a multi-line
   * failure message would arrive as one line. StAX writers escape neither, nor let a reference
   * through, so {@link #mark} stands them for private-use characters this writer replaces on the
   * way out.
   */
  static final class AttributeBreaks extends java.io.FilterWriter {
    private static final char LF = '\uE00A';
    private static final char CR = '\uE00D';
    private static final char TAB = '\uE009';

    AttributeBreaks(Writer out) {
      super(out);
    }

    /** {@code value} with its breaks marked for this writer (and any stray marker dropped). */
    static String mark(String value) {
      StringBuilder b = new StringBuilder(value.length());
      for (char ch : value.toCharArray()) {
        switch (ch) {
          case '\n' -> b.append(LF);
          case '\r' -> b.append(CR);
          case '\t' -> b.append(TAB);
          case LF, CR, TAB -> {}
          default -> b.append(ch);
        }
      }
      return b.toString();
    }

    @Override
    public void write(int c) throws IOException {
      switch (c) {
        case LF -> out.write("&#10;");
        case CR -> out.write("&#13;");
        case TAB -> out.write("&#9;");
        default -> out.write(c);
      }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(chars[i]);
      }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(s.charAt(i));
      }
    }
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  static String fileSafe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
