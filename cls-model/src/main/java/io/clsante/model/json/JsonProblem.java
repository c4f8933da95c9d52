package io.clsante.model.json;

/**
 * The kind of problem that made a JSON document unreadable as a contract.
 *
 * <p>Each kind has a stable code, used as the rule id of the finding the validator reports for it.
 */
public enum JsonProblem {
  /** The input is empty or holds only white space. */
  EMPTY("CLS-JSON-001", "document vide", "empty document"),
  /** The input is not well-formed JSON (truncated, stray characters, NaN…). */
  SYNTAX("CLS-JSON-002", "JSON mal formé", "malformed JSON"),
  /** The input is not valid UTF-8. */
  ENCODING("CLS-JSON-003", "encodage invalide (UTF-8 attendu)", "invalid encoding (UTF-8 expected)"),
  /** An object has the same property twice. */
  DUPLICATE_PROPERTY("CLS-JSON-004", "propriété en double", "duplicate property"),
  /** A property is not part of the format. */
  UNKNOWN_PROPERTY("CLS-JSON-005", "propriété inconnue", "unknown property"),
  /** A required property is missing or null. */
  MISSING_PROPERTY("CLS-JSON-006", "propriété obligatoire absente", "missing required property"),
  /** A value has the wrong JSON type (a number for a string, an object for a list…). */
  WRONG_TYPE("CLS-JSON-007", "type de valeur incorrect", "wrong value type"),
  /** A value has the right type but is not acceptable (a malformed date, an unknown code…). */
  INVALID_VALUE("CLS-JSON-008", "valeur invalide", "invalid value"),
  /** The input exceeds a configured limit (size, depth, length of a string or number…). */
  LIMIT_EXCEEDED("CLS-JSON-009", "limite dépassée", "limit exceeded"),
  /** The input could not be read at all (missing file, I/O failure). */
  IO("CLS-JSON-010", "lecture impossible", "cannot read input");

  private final String ruleId;
  private final String libelle;
  private final String label;

  JsonProblem(String ruleId, String libelle, String label) {
    this.ruleId = ruleId;
    this.libelle = libelle;
    this.label = label;
  }

  /**
   * Returns the stable id under which the validator reports this kind of problem.
   *
   * @return for example {@code CLS-JSON-005}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns a short French description.
   *
   * @return for example {@code propriété inconnue}
   */
  public String libelle() {
    return libelle;
  }

  /**
   * Returns a short English description.
   *
   * @return for example {@code unknown property}
   */
  public String label() {
    return label;
  }
}
