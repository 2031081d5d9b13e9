package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
import io.github.sfnemulator.validation.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Sorts diagnostics by where their location appears in the document, so a reader meets them top to
 * bottom whichever check found them. A location naming a missing element sorts with its nearest
 * existing parent.
 */
final class DocumentOrder {
  private final Map<String, Integer> index = new HashMap<>();

  private DocumentOrder(JsonNode root) {
    number("", root);
  }

  static List<Diagnostic> sort(JsonNode root, List<Diagnostic> diagnostics) {
    DocumentOrder order = new DocumentOrder(root);
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt(d -> order.positionOf(d.location())));
    return sorted;
  }

  private void number(String pointer, JsonNode node) {
    index.put(pointer, index.size());
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        number(Pointers.child(pointer, field.getKey()), field.getValue());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        number(Pointers.child(pointer, i), node.get(i));
      }
    }
  }

  private int positionOf(String location) {
    String pointer = location;
    while (true) {
      Integer position = index.get(pointer);
      if (position != null) {
        return position;
      }
      int slash = pointer.lastIndexOf('/');
      if (slash < 0) {
        return 0;
      }
      pointer = pointer.substring(0, slash);
    }
  }
}
