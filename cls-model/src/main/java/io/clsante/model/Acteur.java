package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Rna;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An organisation taking part in a contract (ARS, intercommunality, CPAM, hospital,
 * association…), declared once with a local id that the rest of the document refers to.
 *
 * <p>Official identifiers are given where they exist. A {@linkplain #contact() contact} may hold
 * personal data. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActeur.class)
@JsonDeserialize(as = ImmutableActeur.class)
@JsonPropertyOrder({
    "id", "nom", "type", "sigle", "siren", "siret", "finess", "rna", "codeCommune",
    "codeDepartement", "codeRegion", "contact", "extensions"
})
public interface Acteur {

  /**
   * Returns the local id the document uses to refer to this actor, for example {@code ars-occitanie}.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the name of the organisation.
   *
   * @return the value, never null
   */
  @JsonProperty("nom")
  @NotNull
  @NotBlank @Size(max = 500) String nom();

  /**
   * Returns the type of organisation.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @NotNull
  TypeActeur type();

  /**
   * Returns the usual acronym.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("sigle")
  Optional<@Size(max = 500) String> sigle();

  /**
   * Returns the SIREN of the legal entity.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("siren")
  Optional<Siren> siren();

  /**
   * Returns the SIRET of the establishment.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("siret")
  Optional<Siret> siret();

  /**
   * Returns the FINESS number of a health or social establishment.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("finess")
  Optional<Finess> finess();

  /**
   * Returns the RNA number of an association.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("rna")
  Optional<Rna> rna();

  /**
   * Returns the INSEE code of a commune actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("codeCommune")
  Optional<CodeCommune> codeCommune();

  /**
   * Returns the INSEE code of the département of a departmental actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("codeDepartement")
  Optional<CodeDepartement> codeDepartement();

  /**
   * Returns the INSEE code of the région of a regional actor (an ARS, a conseil régional).
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("codeRegion")
  Optional<CodeRegion> codeRegion();

  /**
   * Returns how to reach the organisation; may hold personal data.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("contact")
  Optional<@Valid Contact> contact();

  /**
   * Returns vendor data, preserved exactly.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("extensions")
  Optional<Extensions> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Acteur} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableActeur.Builder {
    Builder() {}
  }
}
