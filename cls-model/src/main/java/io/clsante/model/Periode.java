package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A span of calendar time as real contracts write it: a day, a month, a quarter, a
 * semester, a year, a range of those, or an open period that starts "not before" a date.
 *
 * <p>The structured bounds ({@link #debut()}, {@link #fin()}) and the original wording
 * ({@link #libelle()}, for example "Dernier trimestre 2025" or "Pas avant le second semestre 2026")
 * are both kept. Without {@code fin}, the period is the span of {@code debut} itself (for example the
 * whole fourth quarter of 2025), unless {@link #pasAvant()} is set, in which case it is open-ended.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriode.class)
@JsonDeserialize(as = ImmutablePeriode.class)
@JsonPropertyOrder({"debut", "fin", "pasAvant", "finPrs", "libelle", "jalons"})
@Description("Une période telle que l'écrivent les contrats : un jour, un mois, un trimestre, un semestre, "
    + "une année, un intervalle de ceux-ci, ou une période ouverte « pas avant » une date. Sans « fin », la "
    + "période est l'étendue de « debut » elle-même, sauf si « pasAvant » est vrai.")
public interface Periode {

  /**
   * Returns the start of the period, at its own precision.
   *
   * @return the value, never null
   */
  @JsonProperty("debut")
  @Description("Début de la période, à sa propre précision.")
  @NotNull
  DateCalendaire debut();

  /**
   * Returns the end of the period, at its own precision.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("fin")
  @Description("Fin de la période, à sa propre précision.")
  Optional<DateCalendaire> fin();

  /**
   * Returns whether the period is open-ended and starts no earlier than {@code debut}.
   *
   * @return the flag, false when not given
   */
  @JsonProperty("pasAvant")
  @Description("Vrai quand la période est ouverte et commence au plus tôt à « debut » ; faux par défaut.")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean pasAvant() {
    return false;
  }

  /**
   * Returns whether the period ends with the regional health project (PRS), whose end date
   * {@link #fin()} then gives.
   *
   * @return the flag, false when not given
   */
  @JsonProperty("finPrs")
  @Since("1.1")
  @Description("Vrai quand la période prend fin avec le projet régional de santé (PRS), dont « fin » donne "
      + "alors la date de fin ; faux par défaut.")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean finPrs() {
    return false;
  }

  /**
   * Returns the wording of the source, kept as written.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Formulation de la source, telle qu'écrite, par exemple « Dernier trimestre 2025 ».")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns the milestones of the calendar, in the order the source gives them.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("jalons")
  @Since("1.1")
  @Description("Jalons du calendrier, dans l'ordre de la source.")
  List<@Valid Jalon> jalons();

  /**
   * Returns the first day covered by this period.
   *
   * @return the first day of {@code debut}
   */
  default LocalDate premierJour() {
    return debut().premierJour();
  }

  /**
   * Returns the last day covered by this period, or empty when it is open-ended.
   *
   * @return the last day of {@code fin}, or of {@code debut} when there is no end; empty when
   *     {@link #pasAvant()} is set and no end is given
   */
  default Optional<LocalDate> dernierJour() {
    if (fin().isPresent()) {
      return Optional.of(fin().get().dernierJour());
    }
    return pasAvant() ? Optional.empty() : Optional.of(debut().dernierJour());
  }

  /**
   * Creates a closed period between two calendar dates.
   *
   * @param debut the start
   * @param fin the end
   * @return the period, without wording
   */
  static Periode of(DateCalendaire debut, DateCalendaire fin) {
    return builder().debut(debut).fin(fin).build();
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
   * Builds {@link Periode} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutablePeriode.Builder {
    Builder() {}
  }
}
