package io.clsante.rules.spi;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Rule} sees while it checks one contract, and where it reports.
 *
 * <p>A context is created for one rule and one contract; it is not shared between threads.
 */
public interface RuleContext {

  /**
   * Returns the contract being checked.
   *
   * @return the contract
   */
  ContratLocalDeSante contrat();

  /**
   * Returns the territorial referential (the INSEE COG of a millésime).
   *
   * @return the referential
   */
  ReferentielTerritorial referentiel();

  /**
   * Returns the reference date: "today" for rules that depend on it, taken from the validator's
   * clock, never from the system directly.
   *
   * @return the reference date
   */
  LocalDate today();

  /**
   * Finds an actor of the contract by its local id.
   *
   * @param id the local id
   * @return the actor, or empty when no actor has that id
   */
  Optional<Acteur> acteur(String id);

  /**
   * Returns every fiche action of the contract with its place, axis by axis, in document order.
   *
   * @return an immutable list, computed once per document
   */
  List<FichePlacee> fiches();

  /**
   * Returns the date the contract was signed: the date of its {@code SIGNATURE} event, else the
   * latest signature date of its signatories.
   *
   * @return the first day of the signature, or empty when unknown
   */
  Optional<LocalDate> dateSignature();

  /**
   * Reports a finding of the rule at a place of the document, with the rule's message
   * ({@code <id>.message}).
   *
   * @param pointer the JSON Pointer of the offending value, built with {@link Pointer#of}
   * @param arguments the arguments of the message, kept typed in the finding and rendered on
   *     demand: code-list values, dates, numbers, amounts ({@code Montant}), identifiers, texts,
   *     lists of these, and {@link MessageKey}s for the parts that change with the case; never null
   */
  void report(String pointer, Object... arguments);

  /**
   * Reports a finding with another message of the rule than {@code <id>.message}: for a rule whose
   * message depends on the case.
   *
   * @param key the key of the message in the rule's bundle, for example
   *     {@code CLS-FIN-003.message.taxe}; the finding's {@code messageKey()}
   * @param pointer the JSON Pointer of the offending value, built with {@link Pointer#of}
   * @param arguments the arguments of the message, as for {@link #report}
   */
  void reportWith(String key, String pointer, Object... arguments);
}
