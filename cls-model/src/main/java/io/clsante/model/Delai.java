package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A duration as a contract writes it: a whole number of a unit, and the wording of the source,
 * for example 3 {@link UniteDuree#MOIS} "trois mois avant la date d'effet". Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelai.class)
@JsonDeserialize(as = ImmutableDelai.class)
@JsonPropertyOrder({"valeur", "unite", "libelle"})
@Description("Une durée telle qu'un contrat l'écrit : un nombre entier d'une unité, et la formulation de la "
    + "source.")
public interface Delai {

  /**
   * Returns the number of units.
   *
   * @return the value
   */
  @JsonProperty("valeur")
  @Description("Nombre d'unités.")
  @NotNull
  @PositiveOrZero int valeur();

  /**
   * Returns the unit.
   *
   * @return the value, never null
   */
  @JsonProperty("unite")
  @Description("Unité de la durée.")
  @NotNull
  UniteDuree unite();

  /**
   * Returns the wording of the source, kept as written.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Formulation de la source, telle qu'écrite, par exemple « trois mois avant la date d'effet ».")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Creates a duration without wording.
   *
   * @param valeur the number of units
   * @param unite the unit
   * @return the duration
   */
  static Delai of(int valeur, UniteDuree unite) {
    return builder().valeur(valeur).unite(unite).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Delai} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableDelai.Builder {
    Builder() {}
  }
}
