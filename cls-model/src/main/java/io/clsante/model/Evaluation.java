package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An evaluation of the contract: annual, intermediate or final, the period it
 * covered or was carried out in, who carried it out, its summary and the achievements it lists.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
@JsonPropertyOrder({"type", "periode", "auteur", "synthese", "realisations"})
@Description("Une évaluation du contrat : annuelle, intermédiaire ou finale, la période couverte ou de "
    + "réalisation, son auteur, sa synthèse et les réalisations qu'elle relève.")
public interface Evaluation {

  /**
   * Returns annuelle, intermédiaire or finale.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @Description("Nature de l'évaluation.")
  @NotNull
  TypeEvaluation type();

  /**
   * Returns when the evaluation was carried out, or the year it covers.
   *
   * @return the value, never null
   */
  @JsonProperty("periode")
  @Description("Période de réalisation de l'évaluation, ou année qu'elle couvre.")
  @NotNull
  @Valid
  Periode periode();

  /**
   * Returns the local id of the actor that carried it out.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("auteur")
  @Description("Identifiant local de l'acteur qui l'a réalisée.")
  Optional<@IdentifiantLocal String> auteur();

  /**
   * Returns the summary of its findings.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("synthese")
  @Description("Synthèse de ses constats.")
  Optional<@Size(max = 20000) String> synthese();

  /**
   * Returns the achievements it reports.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("realisations")
  @Description("Réalisations qu'elle relève.")
  List<@Size(max = 20000) String> realisations();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Evaluation} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}
