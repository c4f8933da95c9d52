package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How to reach an organisation or the coordination. The {@linkplain #fonction()
 * function} is not personal; the name, e-mail and phone are, and are marked
 * {@link DonneePersonnelle}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
@JsonPropertyOrder({"fonction", "nom", "courriel", "telephone", "adresse"})
@Description("Moyen de joindre une organisation ou la coordination. La fonction n'est pas une donnée "
    + "personnelle ; le nom, le courriel et le téléphone en sont.")
public interface Contact {

  /**
   * Returns the function of the person to contact, for example {@code coordinatrice du CLS}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("fonction")
  @Description("Fonction de la personne à joindre.")
  Optional<@Size(max = 500) String> fonction();

  /**
   * Returns the name of the person (personal data).
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("nom")
  @Description("Nom de la personne (donnée personnelle).")
  @DonneePersonnelle
  Optional<@Size(max = 500) String> nom();

  /**
   * Returns the e-mail address (personal data).
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("courriel")
  @Description("Adresse électronique (donnée personnelle) ; sa forme est vérifiée par le modèle, pas par ce "
      + "schéma.")
  @DonneePersonnelle
  Optional<@Email @Size(max = 500) String> courriel();

  /**
   * Returns the phone number (personal data).
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("telephone")
  @Description("Numéro de téléphone (donnée personnelle).")
  @DonneePersonnelle
  Optional<@Size(max = 40) String> telephone();

  /**
   * Returns the postal address of the organisation.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("adresse")
  @Description("Adresse postale de l'organisation.")
  Optional<@Size(max = 500) String> adresse();

  /**
   * Tells whether this contact holds personal data: a name, an e-mail or a phone number.
   *
   * @return true when one of the {@link DonneePersonnelle} properties is present
   */
  default boolean holdsPersonalData() {
    return nom().isPresent() || courriel().isPresent() || telephone().isPresent();
  }

  /**
   * Returns a copy without the properties marked {@link DonneePersonnelle}.
   *
   * @return the function and address only
   */
  default Contact redacted() {
    return builder().fonction(fonction()).adresse(adresse()).build();
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
   * Builds {@link Contact} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
