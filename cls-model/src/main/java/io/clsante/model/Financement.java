package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A funding of a fiche action: the funder, how certain it is and, unless it is
 * still to be defined, its amount. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinancement.class)
@JsonDeserialize(as = ImmutableFinancement.class)
@JsonPropertyOrder({"financeur", "statut", "montant", "annee", "libelle"})
@Description("Un financement d'une fiche action : le financeur, son degré de certitude et, sauf s'il reste à "
    + "définir, son montant.")
public interface Financement {

  /**
   * Returns the local id of the funding actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("financeur")
  @Description("Identifiant local de l'acteur financeur.")
  Optional<@IdentifiantLocal String> financeur();

  /**
   * Returns acquis, prévisionnel or à définir.
   *
   * @return the value, never null
   */
  @JsonProperty("statut")
  @Description("Acquis, prévisionnel ou à définir.")
  @NotNull
  StatutFinancement statut();

  /**
   * Returns the amount; absent when the status is à définir.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("montant")
  @Description("Montant ; absent quand le statut est « à définir ».")
  Optional<@Valid Montant> montant();

  /**
   * Returns the year the funding applies to.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("annee")
  @Description("Année à laquelle s'applique le financement.")
  Optional<@Min(1990) @Max(2100) Integer> annee();

  /**
   * Returns what the funding pays for, or the programme it comes from.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Ce que paie le financement, ou le programme dont il vient.")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Financement} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableFinancement.Builder {
    Builder() {}
  }
}
