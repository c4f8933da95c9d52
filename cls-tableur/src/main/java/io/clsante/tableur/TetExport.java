package io.clsante.tableur;

/**
 * Writes the plan of a contract in the Territoires en Transitions template.
 */
public final class TetExport {
  /** How the template names the contract itself as a lead or a funder. */
  static final String CONTRAT = "Contrat local de santé";
  /** How the template names the contract's coordination as a lead or a funder. */
  static final String COORDINATION = "Coordination du CLS";

  private TetExport() {}
}
