package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A party signing the contract: the actor, its role, the quality of its
 * representative (a function, never a person's name), the signature date and the deliberation that
 * authorised it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSignataire.class)
@JsonDeserialize(as = ImmutableSignataire.class)
@JsonPropertyOrder({"acteur", "role", "qualite", "dateSignature", "dateSignatureApprochee", "deliberation"})
@Description("Une partie signataire du contrat : l'acteur, son rôle, la qualité de son représentant (une "
    + "fonction, jamais le nom d'une personne), la date de signature et la délibération qui l'a autorisée.")
public interface Signataire {

  /**
   * Returns the local id of the signing actor.
   *
   * @return the value, never null
   */
  @JsonProperty("acteur")
  @Description("Identifiant local de l'acteur signataire.")
  @NotNull
  @IdentifiantLocal String acteur();

  /**
   * Returns signataire or co-signataire associé.
   *
   * @return the value, never null
   */
  @JsonProperty("role")
  @Description("Signataire ou co-signataire associé.")
  @NotNull
  RoleSignataire role();

  /**
   * Returns the quality of the representative, for example {@code Directeur général de l'ARS}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("qualite")
  @Description("Qualité du représentant, par exemple « Directeur général de l'ARS ».")
  Optional<@Size(max = 500) String> qualite();

  /**
   * Returns the date of signature.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("dateSignature")
  @Description("Date de signature.")
  Optional<LocalDate> dateSignature();

  /**
   * Returns the reference of the authorising deliberation.
   *
   * @return the value, or empty when not given
   */
  /**
   * Returns the date of signature when the source gives it only to the month, quarter, semester or
   * year; {@link #dateSignature()} holds a date known to the day.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("dateSignatureApprochee")
  @Since("1.1")
  @Description("Date de signature connue seulement au mois, au trimestre, au semestre ou à l'année, quand la "
      + "source ne donne pas le jour ; ne se donne pas avec « dateSignature ».")
  Optional<DateCalendaire> dateSignatureApprochee();

  /**
   * Returns the reference of the authorising deliberation.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("deliberation")
  @Description("Référence de la délibération qui autorise la signature.")
  Optional<@Size(max = 500) String> deliberation();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Signataire} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableSignataire.Builder {
    Builder() {}
  }
}
