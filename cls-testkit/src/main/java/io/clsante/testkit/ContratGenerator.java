package io.clsante.testkit;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Generates valid, realistic contracts from a seed and a size: the same seed and size give an
 * equal contract on every machine and every run.
 *
 * <p>A generated contract stands on a real EPCI drawn from the territorial referential (COG 2026 by
 * default), with its real member communes, départements and région; the ARS that signs it is that
 * région's; its dates (préfiguration, diagnostic, signature, period, amendments, evaluations,
 * indicator values) lie on one timeline that agrees with its status at the {@linkplain
 * #referenceDate() reference date}; titles come from small French word lists; amounts are
 * {@link java.math.BigDecimal} euros with two decimals. The {@code size} (from 1) scales the number of
 * axes, fiches, indicators, values, actors, communes and amendments; small sizes give small contracts.
 * Over many seeds every concept of the model and every code of every code list appears.
 *
 * <p>Every generated contract is valid: {@link io.clsante.rules.ClsValidator} reports no ERROR on it
 * at the reference date, or at any later date for the rules that compare with a date. Warnings are
 * rare; an INFO may flag a (fictitious) contact.
 *
 * <p>Example: {@code ContratLocalDeSante c = ContratGenerator.standard().generate(20261122L, 10);}
 *
 * <p>Immutable and thread-safe: one generator can serve many threads, each call drawing from its
 * own random source.
 */
public final class ContratGenerator {
  /** The reference date of {@link #standard()}: 22 November 2026. */
  public static final LocalDate DATE_DE_REFERENCE = LocalDate.of(2026, 11, 22);

  private static final ContratGenerator STANDARD = new ContratGenerator(DATE_DE_REFERENCE, null);

  private final LocalDate referenceDate;
  private final ReferentielTerritorial referentiel;

  private ContratGenerator(LocalDate referenceDate, ReferentielTerritorial referentiel) {
    this.referenceDate = referenceDate;
    this.referentiel = referentiel;
  }

  /**
   * Returns the generator with the {@linkplain #DATE_DE_REFERENCE fixed reference date} and the
   * bundled COG 2026. A fixed date (never the clock) keeps every seed reproducible over time.
   *
   * @return the shared standard generator
   */
  public static ContratGenerator standard() {
    return STANDARD;
  }

  /**
   * Returns a generator whose contracts are valid at another reference date: signed before it,
   * with achievements dated up to it.
   *
   * @param referenceDate the date the contracts are valid at, in the years 1950 to 2150
   * @return a new generator using the same referential
   * @throws IllegalArgumentException if the date is outside 1950-2150
   */
  public ContratGenerator withReferenceDate(LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    if (referenceDate.getYear() < 1950 || referenceDate.getYear() > 2150) {
      throw new IllegalArgumentException("Reference date " + referenceDate + " out of range: 1950 to 2150 expected");
    }
    return new ContratGenerator(referenceDate, referentiel);
  }

  /**
   * Returns a generator that draws territories from another referential (another millésime).
   *
   * @param referentiel the referential, which must hold EPCI wholly within one région
   * @return a new generator with the same reference date
   */
  public ContratGenerator withReferentiel(ReferentielTerritorial referentiel) {
    return new ContratGenerator(referenceDate, Objects.requireNonNull(referentiel, "referentiel"));
  }

  /**
   * Returns the date at which the generated contracts are valid.
   *
   * @return the reference date
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Generates a contract.
   *
   * @param seed any long; the same seed and size always give an equal contract
   * @param size from 1 (a contract with one axis, one fiche, one indicator) up; sizes around 20
   *     give contracts of the size of real ones
   * @return a valid contract
   * @throws IllegalArgumentException if the size is below 1 or above 1,000
   */
  public ContratLocalDeSante generate(long seed, int size) {
    if (size < 1 || size > 1000) {
      throw new IllegalArgumentException("Size " + size + " out of range: 1 to 1000 expected");
    }
    ReferentielTerritorial ref = referentiel != null ? referentiel : ReferentielTerritorial.cog2026();
    return new GenerationRun(seed, size, referenceDate, ref).generate();
  }

  /**
   * Generates a contract as canonical JSON, UTF-8 encoded.
   *
   * @param seed any long
   * @param size from 1 up
   * @return the bytes {@link ClsJson#writeBytes(ContratLocalDeSante)} gives for {@link #generate(long, int)}
   * @throws IllegalArgumentException if the size is below 1 or above 1,000
   */
  public byte[] generateJson(long seed, int size) {
    return ClsJson.defaults().writeBytes(generate(seed, size));
  }

  @Override
  public String toString() {
    return "ContratGenerator[referenceDate=" + referenceDate + "]";
  }
}
