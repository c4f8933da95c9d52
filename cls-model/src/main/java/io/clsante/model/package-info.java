/**
 * The domain model of the Contrat Local de Santé: immutable value types for the contract and all
 * its parts, and the code lists of the JSON format.
 *
 * <p>The root is {@link io.clsante.model.ContratLocalDeSante}. Every type is built with its
 * {@code builder()} (some also offer {@code of(...)}); instances are immutable and thread-safe.
 * Parts refer to organisations by the local id of an {@link io.clsante.model.Acteur}. Types refuse
 * only what would make them meaningless (a missing required attribute); everything that depends on
 * context or policy is checked by the rules of the {@code cls-rules} module, which report findings
 * instead of throwing.
 *
 * <p>Code lists are enums implementing {@link io.clsante.model.CodeList}: stable codes for JSON,
 * French labels for display. Calendar dates at a source's precision are
 * {@link io.clsante.model.DateCalendaire}; periods are {@link io.clsante.model.Periode}.
 */
@ClsStyle
package io.clsante.model;
