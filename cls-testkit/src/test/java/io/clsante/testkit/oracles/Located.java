package io.clsante.testkit.oracles;

/**
 * One problem an engine found, where it found it: a JSON Pointer (RFC 6901) into the document and
 * what the engine calls the problem (a rule id, a schema keyword, an exception, a constraint).
 *
 * @param pointer the JSON Pointer, {@code ""} for the whole document
 * @param kind the engine's name for the problem, for example {@code CLS-SCH-005} or {@code pattern}
 */
record Located(String pointer, String kind) {
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "\"\"" : pointer) + " " + kind;
  }
}
