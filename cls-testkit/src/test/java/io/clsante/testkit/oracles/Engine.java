package io.clsante.testkit.oracles;

/** The general-purpose engines that check the library's structural stage. */
enum Engine {
  /** networknt json-schema-validator, JSON Schema 2020-12, on the committed schema. */
  NETWORKNT("networknt"),
  /** ajv 8 under Node.js, JSON Schema 2020-12 in strict mode, on the committed schema. */
  AJV("ajv"),
  /** Jackson's data binding of {@code ContratLocalDeSante} with the format's strict settings. */
  JACKSON("Jackson"),
  /** Hibernate Validator on the bound model's Jakarta Validation constraints. */
  HIBERNATE_VALIDATOR("Hibernate Validator");

  private final String label;

  Engine(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
