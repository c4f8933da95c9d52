package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.OptionalSince;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A funder's share of the coordination post, in percent, or a funder named without its share.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartCofinancement.class)
@JsonDeserialize(as = ImmutablePartCofinancement.class)
@JsonPropertyOrder({"financeur", "part"})
@Description("La part d'un financeur dans le poste de coordination, en pourcentage, ou un financeur nommé "
    + "sans sa part.")
public interface PartCofinancement {

  /**
   * Returns the local id of the funding actor.
   *
   * @return the value, never null
   */
  @JsonProperty("financeur")
  @Description("Identifiant local de l'acteur financeur.")
  @NotNull
  @IdentifiantLocal String financeur();

  /**
   * Returns the share in percent, between 0 and 100; from format 1.1, absent when the contract names
   * the funder without its share.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("part")
  @Description("Part en pourcentage, de 0 à 100 ; absente quand le contrat nomme le financeur sans sa part.")
  @OptionalSince("1.1")
  Optional<@DecimalMin("0") @DecimalMax("100") BigDecimal> part();

  /**
   * Creates a share.
   *
   * @param financeur the local id of the funder
   * @param part the share in percent
   * @return the share
   */
  static PartCofinancement of(String financeur, BigDecimal part) {
    return builder().financeur(financeur).part(part).build();
  }

  /**
   * Creates a funder's participation whose share the contract does not give.
   *
   * @param financeur the local id of the funder
   * @return the participation, without share
   */
  static PartCofinancement sansPart(String financeur) {
    return builder().financeur(financeur).build();
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
   * Builds {@link PartCofinancement} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutablePartCofinancement.Builder {
    Builder() {}
  }
}
