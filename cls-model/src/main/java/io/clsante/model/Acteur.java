package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
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
@Description("Une organisation qui prend part au contrat (ARS, intercommunalité, CPAM, hôpital, "
    + "association…), déclarée une fois avec un identifiant local auquel le reste du document se réfère. Ses "
    + "identifiants officiels sont donnés quand ils existent.")
public interface Acteur {

  /**
   * Returns the local id the document uses to refer to this actor, for example {@code ars-occitanie}.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @Description("Identifiant local par lequel le document désigne l'acteur, par exemple « ars-occitanie ».")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the name of the organisation.
   *
   * @return the value, never null
   */
  @JsonProperty("nom")
  @Description("Nom de l'organisation.")
  @NotNull
  @NotBlank @Size(max = 500) String nom();

  /**
   * Returns the type of organisation.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @Description("Type d'organisation.")
  @NotNull
  TypeActeur type();

  /**
   * Returns the usual acronym.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("sigle")
  @Description("Sigle usuel.")
  Optional<@Size(max = 500) String> sigle();

  /**
   * Returns the SIREN of the legal entity.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("siren")
  @Description("SIREN de la personne morale.")
  Optional<Siren> siren();

  /**
   * Returns the SIRET of the establishment.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("siret")
  @Description("SIRET de l'établissement.")
  Optional<Siret> siret();

  /**
   * Returns the FINESS number of a health or social establishment.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("finess")
  @Description("Numéro FINESS d'un établissement sanitaire ou social.")
  Optional<Finess> finess();

  /**
   * Returns the RNA number of an association.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("rna")
  @Description("Numéro RNA d'une association.")
  Optional<Rna> rna();

  /**
   * Returns the INSEE code of a commune actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("codeCommune")
  @Description("Code INSEE d'un acteur communal.")
  Optional<CodeCommune> codeCommune();

  /**
   * Returns the INSEE code of the département of a departmental actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("codeDepartement")
  @Description("Code INSEE du département d'un acteur départemental.")
  Optional<CodeDepartement> codeDepartement();

  /**
   * Returns the INSEE code of the région of a regional actor (an ARS, a conseil régional).
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("codeRegion")
  @Description("Code INSEE de la région d'un acteur régional (ARS, conseil régional).")
  Optional<CodeRegion> codeRegion();

  /**
   * Returns how to reach the organisation; may hold personal data.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("contact")
  @Description("Moyen de joindre l'organisation ; peut contenir des données personnelles.")
  Optional<@Valid Contact> contact();

  /**
   * Returns vendor data, preserved exactly.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("extensions")
  @Description("Données propres à un logiciel, conservées telles quelles à chaque lecture et écriture.")
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
