package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A dated value of an indicator: a reference, a target or an achieved value,
 * as a number for a quantitative indicator or as text for a qualitative one. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValeurIndicateur.class)
@JsonDeserialize(as = ImmutableValeurIndicateur.class)
@JsonPropertyOrder({"type", "date", "nombre", "texte", "commentaire"})
public interface ValeurIndicateur {

  /**
   * Returns référence, cible or réalisé.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @NotNull
  TypeValeur type();

  /**
   * Returns the date the value refers to.
   *
   * @return the value, never null
   */
  @JsonProperty("date")
  @NotNull
  LocalDate date();

  /**
   * Returns the value of a quantitative indicator.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("nombre")
  Optional<BigDecimal> nombre();

  /**
   * Returns the value of a qualitative indicator.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("texte")
  Optional<@Size(max = 20000) String> texte();

  /**
   * Returns a comment on the value.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("commentaire")
  Optional<@Size(max = 20000) String> commentaire();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ValeurIndicateur} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableValeurIndicateur.Builder {
    Builder() {}
  }
}
