package io.clsante.testkit.oracles;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A pointer at which an engine and the structural stage disagree: one of them finds a problem there
 * and the other none.
 *
 * @param engine the engine
 * @param oracleOnly true when only the engine finds a problem there, false when only the stage does
 * @param pointer where
 * @param structural every structural finding of the document
 * @param oracle every problem the engine found in the document
 * @param document the document as the engines parsed it
 */
record Disagreement(Engine engine, boolean oracleOnly, String pointer, List<Located> structural,
    List<Located> oracle, JsonNode document) {

  /** The value at the pointer, or a missing node. */
  JsonNode value() {
    return document.at(pointer);
  }

  /** Whether the structural stage reported this rule anywhere in the document. */
  boolean structuralHas(String ruleId) {
    return structural.stream().anyMatch(f -> f.kind().equals(ruleId));
  }

  @Override
  public String toString() {
    return (oracleOnly ? engine + " alone finds a problem at " : engine + " finds nothing at ")
        + (pointer.isEmpty() ? "\"\"" : pointer) + "; the stage: " + structural + "; " + engine + ": " + oracle;
  }
}
