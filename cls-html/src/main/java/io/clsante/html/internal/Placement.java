package io.clsante.html.internal;

import io.clsante.rules.Finding;
import io.clsante.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places each finding beside the part of the page it concerns: the part whose JSON pointer is the
 * longest prefix of the finding's pointer (a fiche's findings beside the fiche, an axis's beside the
 * axis). A finding that no part claims stays with the document, shown at the top.
 */
public final class Placement {
  /** The name of the document as a whole. */
  public static final String DOCUMENT = "";

  private final Map<String, List<Finding>> byPart = new LinkedHashMap<>();
  private final List<Finding> all;

  /**
   * Places findings.
   *
   * @param findings the findings, in document order
   * @param parts for each JSON pointer that a part of the page shows, the name of that part
   */
  Placement(List<Finding> findings, Map<String, String> parts) {
    this.all = List.copyOf(findings);
    for (Finding f : findings) {
      String best = DOCUMENT;
      for (String prefix : parts.keySet()) {
        if (covers(prefix, f.pointer()) && prefix.length() > best.length()) {
          best = prefix;
        }
      }
      byPart.computeIfAbsent(best.isEmpty() ? DOCUMENT : parts.get(best), k -> new ArrayList<>()).add(f);
    }
  }

  private static boolean covers(String part, String pointer) {
    return pointer.equals(part) || pointer.startsWith(part + "/");
  }

  /**
   * Returns the findings placed at a part.
   *
   * @param part the name of the part, {@link #DOCUMENT} for the document
   * @return the findings, in document order
   */
  public List<Finding> at(String part) {
    return byPart.getOrDefault(part, List.of());
  }

  /**
   * Returns every finding.
   *
   * @return the findings, in document order
   */
  public List<Finding> all() {
    return all;
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return their number
   */
  public long count(Severity severity) {
    return all.stream().filter(f -> f.severity() == severity).count();
  }
}
