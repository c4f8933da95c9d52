package io.clsante.testkit;

import io.clsante.model.ContratLocalDeSante;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One targeted invalid change to a valid contract, and the one ERROR it must cause: a rule id and
 * the JSON Pointer the validator reports it at.
 *
 * <p>A mutation works on the contract's canonical JSON, as a tree or as bytes, so that it can break
 * what the model cannot hold (an unknown property, a wrong type, a duplicate key, invalid UTF-8)
 * as well as what the business rules check. It {@linkplain #apply(ContratLocalDeSante) applies} to
 * a contract when the contract has what it changes (an amendment, a second axis…); the pointer
 * depends on the contract and comes with the {@link Mutant}.
 *
 * <p>Example: the mutation {@code ars-d-une-autre-region} gives the signing ARS the code of another
 * région and expects {@code CLS-SIG-003} at {@code /signataires/0/acteur}.
 *
 * <p>Immutable and thread-safe. The catalog is {@link Mutations}.
 */
public final class Mutation {
  private final String nom;
  private final String ruleId;
  private final String description;
  private final Function<MutationSubject, Optional<Mutant>> change;

  Mutation(String nom, String ruleId, String description, Function<MutationSubject, Optional<Mutant>> change) {
    this.nom = Objects.requireNonNull(nom, "nom");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.description = Objects.requireNonNull(description, "description");
    this.change = Objects.requireNonNull(change, "change");
  }

  /**
   * Returns the stable name of the mutation.
   *
   * @return for example {@code ars-d-une-autre-region}
   */
  public String nom() {
    return nom;
  }

  /**
   * Returns the id of the one rule whose ERROR the mutation must cause.
   *
   * @return for example {@code CLS-SIG-003}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns what the mutation changes, in French.
   *
   * @return for example {@code l'ARS signataire reçoit le code d'une autre région}
   */
  public String description() {
    return description;
  }

  /**
   * Applies the mutation to a contract.
   *
   * @param contrat a valid contract, for example a generated one
   * @return the invalid document and where its error must be reported; empty when the contract
   *     lacks what the mutation changes
   */
  public Optional<Mutant> apply(ContratLocalDeSante contrat) {
    return change.apply(new MutationSubject(Objects.requireNonNull(contrat, "contrat"), this));
  }

  /**
   * Returns the name, rule and description.
   *
   * @return for example {@code ars-d-une-autre-region (CLS-SIG-003) : l'ARS signataire…}
   */
  @Override
  public String toString() {
    return nom + " (" + ruleId + ") : " + description;
  }
}
