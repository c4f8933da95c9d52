package io.clsante.rules.spi;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.time.LocalDate;
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
  java.util.List<FichePlacee> fiches();

  /**
   * Returns the date the contract was signed: the date of its {@code SIGNATURE} event, else the
   * latest signature date of its signatories.
   *
   * @return the first day of the signature, or empty when unknown
   */
  Optional<LocalDate> dateSignature();

  /**
   * Reports a finding of the rule at a place of the document.
   *
   * @param pointer the JSON Pointer of the offending value, built with {@link Pointer#of}
   * @param arguments the arguments of the rule's message, turned into text with
   *     {@code String.valueOf}
   */
  void report(String pointer, Object... arguments);
}
