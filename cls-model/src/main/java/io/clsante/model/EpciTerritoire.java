package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import io.clsante.model.id.Siren;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An intercommunality (EPCI) of the territory, by SIREN, optionally with its name.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEpciTerritoire.class)
@JsonDeserialize(as = ImmutableEpciTerritoire.class)
@JsonPropertyOrder({"siren", "nom", "population"})
@Description("Une intercommunalité (EPCI) du territoire, par son SIREN, avec éventuellement son nom.")
public interface EpciTerritoire {

  /**
   * Returns the SIREN of the EPCI.
   *
   * @return the value, never null
   */
  @JsonProperty("siren")
  @Description("SIREN de l'EPCI.")
  @NotNull
  Siren siren();

  /**
   * Returns the name of the EPCI.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("nom")
  @Description("Nom de l'EPCI.")
  Optional<@Size(max = 500) String> nom();

  /**
   * Returns the population of the EPCI, with its year when known.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("population")
  @Since("1.1")
  @Description("Population de l'EPCI, avec son année quand elle est connue.")
  Optional<@Valid Population> population();

  /**
   * Creates an EPCI entry.
   *
   * @param siren the SIREN of the EPCI
   * @param nom its name
   * @return the entry
   */
  static EpciTerritoire of(Siren siren, String nom) {
    return builder().siren(siren).nom(nom).build();
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
   * Builds {@link EpciTerritoire} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableEpciTerritoire.Builder {
    Builder() {}
  }
}
