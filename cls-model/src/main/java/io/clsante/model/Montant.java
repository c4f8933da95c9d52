package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.format.OptionalSince;
import io.clsante.model.format.Since;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amount of money in euros — a value, or from format 1.1 a range ("entre 8 000 et 10 000 €") —
 * with whether it is before or after VAT and what it applies to (once, per year, per post…, or in
 * the source's words). Values are {@link BigDecimal}s, never floating-point numbers, and keep their
 * scale. That an amount has a value or a range, not both, and that the range is ordered, are rules
 * of the validator. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMontant.class)
@JsonDeserialize(as = ImmutableMontant.class)
@JsonPropertyOrder({"valeur", "minimum", "maximum", "taxe", "unite", "uniteLibelle"})
@Description("Un montant en euros — une valeur, ou une fourchette (« entre 8 000 et 10 000 € ») —, hors "
    + "taxes ou toutes taxes comprises, et ce à quoi il s'applique (une fois, par an, par poste…). Les "
    + "valeurs sont des nombres décimaux lus sans perte.")
public interface Montant {

  /**
   * Returns the amount in euros; from format 1.1, absent when the amount is a range.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("valeur")
  @Description("Valeur en euros, par exemple 15000.00 ; absente quand le montant est une fourchette.")
  @OptionalSince("1.1")
  Optional<BigDecimal> valeur();

  /**
   * Returns the lower bound of a range, in euros.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("minimum")
  @Description("Borne basse d'une fourchette, en euros.")
  @Since("1.1")
  Optional<BigDecimal> minimum();

  /**
   * Returns the upper bound of a range, in euros.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("maximum")
  @Description("Borne haute d'une fourchette, en euros.")
  @Since("1.1")
  Optional<BigDecimal> maximum();

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
   * Returns what the amount applies to in the source's words, beside or instead of the code: for
   * example {@code par an et par poste}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("uniteLibelle")
  @Description("Ce à quoi s'applique le montant, dans les mots de la source, à côté du code ou à sa place : "
      + "par exemple « par an et par poste ».")
  @Since("1.1")
  Optional<@Size(max = 200) String> uniteLibelle();

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
   * Creates a range of amounts in euros with no VAT base nor unit.
   *
   * @param minimum the lower bound, for example {@code new BigDecimal("8000")}
   * @param maximum the upper bound, for example {@code new BigDecimal("10000")}
   * @return the amount
   */
  static Montant entre(BigDecimal minimum, BigDecimal maximum) {
    return builder().minimum(minimum).maximum(maximum).build();
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
