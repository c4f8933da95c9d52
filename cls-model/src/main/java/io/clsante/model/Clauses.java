package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The clauses of a contract that say how it lives: how it is amended, how it may be terminated
 * and with what notice, how it is evaluated. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClauses.class)
@JsonDeserialize(as = ImmutableClauses.class)
@JsonPropertyOrder({"modification", "resiliation", "preavisResiliation", "evaluation"})
@Description("Les clauses qui disent comment le contrat vit : sa modification par avenant, sa résiliation et "
    + "son préavis, son évaluation.")
public interface Clauses {

  /**
   * Returns the amendment procedure, as the contract writes it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("modification")
  @Description("Procédure de modification du contrat par avenant, telle que le contrat l'écrit.")
  Optional<@Size(max = 20000) String> modification();

  /**
   * Returns the termination clause, as the contract writes it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("resiliation")
  @Description("Conditions de résiliation du contrat, telles que le contrat les écrit.")
  Optional<@Size(max = 20000) String> resiliation();

  /**
   * Returns the notice period of a termination.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("preavisResiliation")
  @Description("Délai de préavis d'une résiliation.")
  Optional<@Valid Delai> preavisResiliation();

  /**
   * Returns the evaluation arrangements.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("evaluation")
  @Description("Modalités d'évaluation du contrat.")
  Optional<@Valid ModalitesEvaluation> evaluation();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Clauses} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableClauses.Builder {
    Builder() {}
  }
}
