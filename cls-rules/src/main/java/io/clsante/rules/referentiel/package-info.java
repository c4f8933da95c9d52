/**
 * The territorial referential: the INSEE Code officiel géographique (COG) of one millésime —
 * régions, départements, communes with their delegated and associated communes and municipal
 * arrondissements — and the EPCI à fiscalité propre with their member communes.
 *
 * <p>{@link io.clsante.rules.referentiel.ReferentielTerritorial#cog2026()} returns the millésime
 * 2026 bundled with the library, a compact resource built from the npm package
 * {@code @etalab/decoupage-administratif} 6.0.0 (data under Licence Ouverte 2.0 / Etalab), read
 * once on first use without building its records: lookups by
 * {@link io.clsante.model.id.CodeCommune}, {@link io.clsante.model.id.Siren},
 * {@link io.clsante.model.id.CodeDepartement} and {@link io.clsante.model.id.CodeRegion} search
 * its sorted codes (logarithmic time, about 16 steps for a commune) and build each record once:
 *
 * <pre>{@code
 * ReferentielTerritorial cog = ReferentielTerritorial.cog2026();
 * Optional<Epci> epci = cog.epciDeCommune(CodeCommune.parse("32013"));
 * // CA Grand Auch Coeur de Gascogne, SIREN 200066926
 * }</pre>
 *
 * <p>Another millésime, converted by the script {@code tools/referentiel/convert.mjs} of the source
 * repository, is read with {@link io.clsante.rules.referentiel.ReferentielTerritorial#load
 * ReferentielTerritorial.load(InputStream)}; an application may also implement
 * {@link io.clsante.rules.referentiel.ReferentielTerritorial} over its own data.
 *
 * <p>The value types {@link io.clsante.rules.referentiel.Commune},
 * {@link io.clsante.rules.referentiel.Epci}, {@link io.clsante.rules.referentiel.Departement} and
 * {@link io.clsante.rules.referentiel.Region} are immutable records; the referentials returned by
 * this package are immutable and thread-safe.
 */
package io.clsante.rules.referentiel;
