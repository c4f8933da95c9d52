package io.clsante.rules;

import io.clsante.model.ContratLocalDeSante;
import java.time.LocalDate;

/**
 * A contract that makes a rule fire, with what was changed, in French and English: the firing
 * case of the rule's tests, and the example of the generated rule reference page.
 *
 * @param ruleId the rule that must fire
 * @param pointer the pointer of the expected finding
 * @param changeFr what was changed from the valid base contract, in French
 * @param changeEn the same in English
 * @param contrat the changed contract
 * @param today the reference date
 */
public record RuleExample(
    String ruleId, String pointer, String changeFr, String changeEn, ContratLocalDeSante contrat,
    LocalDate today) {

  /**
   * Creates an example at the tests' reference date.
   *
   * @param ruleId the rule that must fire
   * @param pointer the pointer of the expected finding
   * @param changeFr what was changed, in French
   * @param changeEn what was changed, in English
   * @param contrat the changed contract
   * @return the example
   */
  public static RuleExample of(String ruleId, String pointer, String changeFr, String changeEn,
      ContratLocalDeSante contrat) {
    return new RuleExample(ruleId, pointer, changeFr, changeEn, contrat, RuleHarness.TODAY);
  }
}
