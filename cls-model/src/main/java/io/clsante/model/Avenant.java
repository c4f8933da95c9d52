package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amendment to the contract: its number, date, object, the date the comité de
 * pilotage validated it, its signatures and the actors it adds. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAvenant.class)
@JsonDeserialize(as = ImmutableAvenant.class)
@JsonPropertyOrder({
    "numero", "date", "objet", "dateValidationCopil", "signatures", "acteursAjoutes"
})
@Description("Un avenant au contrat : numéro, date, objet, date de validation par le comité de pilotage, "
    + "signatures et acteurs ajoutés.")
public interface Avenant {

  /**
   * Returns the number of the amendment, from 1.
   *
   * @return the value, never null
   */
  @JsonProperty("numero")
  @Description("Numéro de l'avenant, à partir de 1.")
  @NotNull
  @Positive int numero();

  /**
   * Returns the date of the amendment.
   *
   * @return the value, never null
   */
  @JsonProperty("date")
  @Description("Date de l'avenant.")
  @NotNull
  LocalDate date();

  /**
   * Returns what the amendment changes.
   *
   * @return the value, never null
   */
  @JsonProperty("objet")
  @Description("Ce que change l'avenant.")
  @NotNull
  @NotBlank @Size(max = 20000) String objet();

  /**
   * Returns the date the comité de pilotage validated it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("dateValidationCopil")
  @Description("Date de validation par le comité de pilotage.")
  Optional<LocalDate> dateValidationCopil();

  /**
   * Returns who signed the amendment, and when.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("signatures")
  @Description("Signatures de l'avenant.")
  List<@Valid SignatureAvenant> signatures();

  /**
   * Returns the local ids of the actors the amendment adds as signatories.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("acteursAjoutes")
  @Description("Identifiants locaux des acteurs que l'avenant ajoute aux signataires.")
  List<@IdentifiantLocal String> acteursAjoutes();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Avenant} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableAvenant.Builder {
    Builder() {}
  }
}
