package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amount of money in euros, with whether it is before or after VAT and what it
 * applies to (once, per year, per post…). The value is a {@link BigDecimal}, never a
 * floating-point number, and keeps its scale. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMontant.class)
@JsonDeserialize(as = ImmutableMontant.class)
@JsonPropertyOrder({"valeur", "taxe", "unite"})
@Description("Un montant en euros, hors taxes ou toutes taxes comprises, et ce à quoi il s'applique (une "
    + "fois, par an, par poste…). La valeur est un nombre décimal lu sans perte.")
public interface Montant {

  /**
   * Returns the amount in euros.
   *
   * @return the value, never null
   */
  @JsonProperty("valeur")
  @Description("Valeur en euros, par exemple 15000.00.")
  @NotNull
  BigDecimal valeur();

  /**
   * Returns HT or TTC.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("taxe")
  @Description("HT ou TTC.")
  Optional<BaseTaxe> taxe();

  /**
   * Returns what the amount applies to.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("unite")
  @Description("Ce à quoi s'applique le montant.")
  Optional<UniteMontant> unite();

  /**
   * Creates an amount in euros with no VAT base nor unit.
   *
   * @param valeur the amount, for example {@code new BigDecimal("15000.00")}
   * @return the amount
   */
  static Montant of(BigDecimal valeur) {
    return builder().valeur(valeur).build();
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
   * Builds {@link Montant} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableMontant.Builder {
    Builder() {}
  }
}
