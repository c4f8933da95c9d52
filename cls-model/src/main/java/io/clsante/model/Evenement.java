package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A dated event in the life of a contract, for example the signature of the contrat de
 * préfiguration on 29 June 2023. The date may be a day, a month, a quarter, a semester or a year.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvenement.class)
@JsonDeserialize(as = ImmutableEvenement.class)
@JsonPropertyOrder({"type", "date", "fin", "libelle"})
@Description("Un événement daté de la vie du contrat, par exemple la signature du contrat de préfiguration ; "
    + "la date peut être un jour, un mois, un trimestre, un semestre ou une année.")
public interface Evenement {

  /**
   * Returns the kind of event.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @Description("Nature de l'événement.")
  @NotNull
  TypeEvenement type();

  /**
   * Returns when it happened or is planned, at the precision the source gives.
   *
   * @return the value, never null
   */
  @JsonProperty("date")
  @Description("Date, passée ou prévue, à la précision que donne la source.")
  @NotNull
  DateCalendaire date();

  /**
   * Returns a short description of the event.
   *
   * @return the value, or empty when not given
   */
  /**
   * Returns the end of an event that spans a while ("entre 2023 et 2025"), at its own precision;
   * {@link #date()} is then its start.
   *
   * @return the value, or empty for an event of one date
   */
  @JsonProperty("fin")
  @Since("1.1")
  @Description("Fin d'un événement qui s'étend dans le temps (« entre 2023 et 2025 »), à sa propre précision ; "
      + "« date » en est alors le début.")
  Optional<DateCalendaire> fin();

  /**
   * Returns the wording of the source.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Courte description de l'événement.")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Evenement} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableEvenement.Builder {
    Builder() {}
  }
}
