package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a contract says it is evaluated: a periodic evaluation of each action, presented to a
 * governance instance (usually the COPIL), and a final evaluation, with its due date when the
 * contract gives one. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModalitesEvaluation.class)
@JsonDeserialize(as = ImmutableModalitesEvaluation.class)
@JsonPropertyOrder({"frequence", "parAction", "instance", "finale", "echeanceFinale", "description"})
@Description("Les modalités d'évaluation du contrat : une évaluation périodique de chaque action, présentée à "
    + "une instance (le plus souvent le COPIL), et une évaluation finale, avec son échéance quand le contrat la "
    + "donne.")
public interface ModalitesEvaluation {

  /**
   * Returns how often the contract is evaluated during its period, for example annually.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("frequence")
  @Description("Rythme de l'évaluation en cours de contrat, par exemple annuelle.")
  Optional<FrequenceCollecte> frequence();

  /**
   * Returns whether each action is evaluated on its own.
   *
   * @return the flag, false when not given
   */
  @JsonProperty("parAction")
  @Description("Vrai quand chaque action est évaluée pour elle-même ; faux par défaut.")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean parAction() {
    return false;
  }

  /**
   * Returns the local id of the governance instance the evaluation is presented to.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("instance")
  @Description("Identifiant local de l'instance de gouvernance à laquelle l'évaluation est présentée, le plus "
      + "souvent le COPIL.")
  Optional<@IdentifiantLocal String> instance();

  /**
   * Returns whether the contract provides for a final evaluation.
   *
   * @return the flag, false when not given
   */
  @JsonProperty("finale")
  @Description("Vrai quand le contrat prévoit une évaluation finale ; faux par défaut.")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean finale() {
    return false;
  }

  /**
   * Returns when the final evaluation is due, at the precision the contract gives.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("echeanceFinale")
  @Description("Échéance de l'évaluation finale, à la précision que le contrat donne.")
  Optional<DateCalendaire> echeanceFinale();

  /**
   * Returns the arrangements as the contract writes them.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  @Description("Modalités telles que le contrat les écrit.")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ModalitesEvaluation} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableModalitesEvaluation.Builder {
    Builder() {}
  }
}
