package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.format.OptionalSince;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A population count and the year it refers to, for example 19,000 inhabitants in
 * 2021. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulation.class)
@JsonDeserialize(as = ImmutablePopulation.class)
@JsonPropertyOrder({"valeur", "annee"})
@Description("Une population et l'année à laquelle elle se rapporte, par exemple 19 000 habitants en 2021.")
public interface Population {

  /**
   * Returns the number of inhabitants.
   *
   * @return the value, never null
   */
  @JsonProperty("valeur")
  @Description("Nombre d'habitants.")
  @NotNull
  @PositiveOrZero int valeur();

  /**
   * Returns the year of the count, when the source gives it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("annee")
  @OptionalSince("1.1")
  @Description("Année du recensement ; facultative quand la source ne la donne pas.")
  Optional<@Min(1800) @Max(2100) Integer> annee();

  /**
   * Creates a population count.
   *
   * @param valeur the number of inhabitants
   * @param annee the year of the count
   * @return the count
   */
  static Population of(int valeur, int annee) {
    return builder().valeur(valeur).annee(annee).build();
  }

  /**
   * Creates a population count whose year is not known.
   *
   * @param valeur the number of inhabitants
   * @return the count
   */
  static Population of(int valeur) {
    return builder().valeur(valeur).build();
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
   * Builds {@link Population} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutablePopulation.Builder {
    Builder() {}
  }
}
