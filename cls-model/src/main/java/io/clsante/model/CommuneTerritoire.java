package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A commune of the territory, by INSEE code, optionally with its name and the
 * SIREN of the EPCI it belongs to. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommuneTerritoire.class)
@JsonDeserialize(as = ImmutableCommuneTerritoire.class)
@JsonPropertyOrder({"code", "nom", "epci"})
@Description("Une commune du territoire, par son code INSEE, avec éventuellement son nom et le SIREN de son "
    + "EPCI.")
public interface CommuneTerritoire {

  /**
   * Returns the INSEE COG code of the commune.
   *
   * @return the value, never null
   */
  @JsonProperty("code")
  @Description("Code INSEE (COG) de la commune.")
  @NotNull
  CodeCommune code();

  /**
   * Returns the name of the commune.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("nom")
  @Description("Nom de la commune.")
  Optional<@Size(max = 500) String> nom();

  /**
   * Returns the SIREN of the EPCI the commune belongs to.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("epci")
  @Description("SIREN de l'EPCI auquel appartient la commune.")
  Optional<Siren> epci();

  /**
   * Creates a commune entry from its code alone.
   *
   * @param code the INSEE code
   * @return the entry
   */
  static CommuneTerritoire of(CodeCommune code) {
    return builder().code(code).build();
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
   * Builds {@link CommuneTerritoire} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableCommuneTerritoire.Builder {
    Builder() {}
  }
}
