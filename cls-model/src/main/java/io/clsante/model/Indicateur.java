package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.OptionalSince;
import io.clsante.model.format.Since;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An evaluation indicator: its wording, level, nature, unit, calculation, source,
 * collection frequency and dated values (reference, target, achieved). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicateur.class)
@JsonDeserialize(as = ImmutableIndicateur.class)
@JsonPropertyOrder({
    "id", "libelle", "niveau", "nature", "unite", "calcul", "source", "frequence", "valeurs",
    "operation"
})
@Description("Un indicateur d'évaluation : libellé, niveau, nature, unité, calcul, source, fréquence de "
    + "collecte et valeurs datées (référence, cible, réalisé).")
public interface Indicateur {

  /**
   * Returns the local id of the indicator.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @Description("Identifiant local de l'indicateur.")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the wording of the indicator.
   *
   * @return the value, never null
   */
  @JsonProperty("libelle")
  @Description("Libellé de l'indicateur.")
  @NotNull
  @NotBlank @Size(max = 500) String libelle();

  /**
   * Returns processus, résultat or impact, when the contract says it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("niveau")
  @Description("Processus, résultat ou impact.")
  @OptionalSince("1.1")
  Optional<NiveauIndicateur> niveau();

  /**
   * Returns quantitatif or qualitatif.
   *
   * @return the value, never null
   */
  @JsonProperty("nature")
  @Description("Quantitatif ou qualitatif.")
  @NotNull
  NatureIndicateur nature();

  /**
   * Returns the unit of a quantitative indicator, for example {@code %} or {@code participants}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("unite")
  @Description("Unité d'un indicateur quantitatif, par exemple « % » ou « participants ».")
  Optional<@Size(max = 60) String> unite();

  /**
   * Returns how the value is computed.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("calcul")
  @Description("Mode de calcul de la valeur.")
  Optional<@Size(max = 20000) String> calcul();

  /**
   * Returns where the data comes from.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("source")
  @Description("Origine des données.")
  Optional<@Size(max = 500) String> source();

  /**
   * Returns how often the indicator is collected; annual when not stated.
   *
   * @return the value; FrequenceCollecte.ANNUELLE when not given
   */
  @JsonProperty("frequence")
  @Description("Fréquence de collecte ; annuelle par défaut.")
  @Value.Default
  @NotNull
  default FrequenceCollecte frequence() {
    return FrequenceCollecte.ANNUELLE;
  }

  /**
   * Returns the dated values.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("valeurs")
  @Description("Valeurs datées.")
  List<@Valid ValeurIndicateur> valeurs();

  /**
   * Returns, for an indicator of a fiche, the local id of the operation of that fiche it measures.
   *
   * @return the value, or empty when the indicator measures the fiche as a whole
   */
  @JsonProperty("operation")
  @Description("Pour un indicateur de fiche, identifiant local de l'opération de cette fiche qu'il mesure ; "
      + "absent quand il mesure la fiche entière.")
  @Since("1.1")
  Optional<@IdentifiantLocal String> operation();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Indicateur} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableIndicateur.Builder {
    Builder() {}
  }
}
