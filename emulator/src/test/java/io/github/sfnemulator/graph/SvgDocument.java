package io.github.sfnemulator.graph;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG picture read as XML, to find its elements by their {@code data-} attributes. */
final class SvgDocument {
  private final Document document;

  private SvgDocument(Document document) {
    this.document = document;
  }

  static SvgDocument parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return new SvgDocument(
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Every {@code <g>} whose class list contains {@code cssClass}. */
  List<Element> groups(String cssClass) {
    List<Element> out = new ArrayList<>();
    NodeList all = document.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The element whose {@code data-element} is {@code id}. */
  Element element(String id) {
    NodeList all = document.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("data-element").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no element " + id);
  }

  /** The element of the state named {@code name}. */
  Element state(String name) {
    return groups("state").stream()
        .filter(e -> e.getAttribute("data-name").equals(name))
        .findFirst()
        .or(
            () ->
                groups("group").stream()
                    .filter(e -> e.getAttribute("data-name").equals(name))
                    .findFirst())
        .orElseThrow(() -> new AssertionError("no state " + name));
  }

  static List<String> classes(Element e) {
    return List.of(e.getAttribute("class").split(" "));
  }

  /** The text of the direct {@code <title>} child, or empty. */
  static String title(Element e) {
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element c && c.getLocalName().equals("title")) {
        return c.getTextContent();
      }
    }
    return "";
  }

  /** The text of every {@code <text>} inside {@code e}. */
  static List<String> texts(Element e) {
    List<String> out = new ArrayList<>();
    NodeList all = e.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < all.getLength(); i++) {
      out.add(all.item(i).getTextContent());
    }
    return out;
  }

  /** The value of a numeric attribute, e.g. a rectangle's width. */
  static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  static Element rect(Element group) {
    return (Element) group.getElementsByTagNameNS("*", "rect").item(0);
  }
}
