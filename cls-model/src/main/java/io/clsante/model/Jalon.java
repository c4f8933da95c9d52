package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A milestone (jalon) of a calendar: a date at the precision the source gives and what happens
 * then, for example {@code 2026-S1} "Lancement de l'appel à projets". Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJalon.class)
@JsonDeserialize(as = ImmutableJalon.class)
@JsonPropertyOrder({"date", "libelle"})
@Description("Un jalon d'un calendrier : une date à la précision de la source et ce qui s'y passe.")
public interface Jalon {

  /**
   * Returns the date of the milestone, at its own precision.
   *
   * @return the value, never null
   */
  @JsonProperty("date")
  @Description("Date du jalon, à sa propre précision.")
  @NotNull
  DateCalendaire date();

  /**
   * Returns what happens at the milestone.
   *
   * @return the value, never null
   */
  @JsonProperty("libelle")
  @Description("Ce qui se passe à ce jalon, par exemple « Lancement de l'appel à projets ».")
  @NotNull
  @NotBlank @Size(max = 500) String libelle();

  /**
   * Creates a milestone.
   *
   * @param date its date
   * @param libelle what happens then
   * @return the milestone
   */
  static Jalon of(DateCalendaire date, String libelle) {
    return builder().date(date).libelle(libelle).build();
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
   * Builds {@link Jalon} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableJalon.Builder {
    Builder() {}
  }
}
