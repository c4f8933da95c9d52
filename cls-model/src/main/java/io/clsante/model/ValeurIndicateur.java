package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
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
@Description("Une valeur datée d'un indicateur : référence, cible ou réalisé, en nombre pour un indicateur "
    + "quantitatif ou en texte pour un indicateur qualitatif.")
public interface ValeurIndicateur {

  /**
   * Returns référence, cible or réalisé.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @Description("Référence, cible ou réalisé.")
  @NotNull
  TypeValeur type();

  /**
   * Returns the date the value refers to.
   *
   * @return the value, never null
   */
  @JsonProperty("date")
  @Description("Date à laquelle se rapporte la valeur.")
  @NotNull
  LocalDate date();

  /**
   * Returns the value of a quantitative indicator.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("nombre")
  @Description("Valeur d'un indicateur quantitatif.")
  Optional<BigDecimal> nombre();

  /**
   * Returns the value of a qualitative indicator.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("texte")
  @Description("Valeur d'un indicateur qualitatif.")
  Optional<@Size(max = 20000) String> texte();

  /**
   * Returns a comment on the value.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("commentaire")
  @Description("Commentaire sur la valeur.")
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
