/**
 * Jakarta Validation constraints of the model: {@link io.clsante.model.constraints.IdentifiantLocal}
 * for local ids, and identifier constraints ({@link io.clsante.model.constraints.SirenValide},
 * {@link io.clsante.model.constraints.SiretValide}, {@link io.clsante.model.constraints.FinessValide},
 * {@link io.clsante.model.constraints.CodeCommuneValide}) for applications that hold identifiers as
 * strings.
 *
 * <p>Messages are in {@code ContributorValidationMessages.properties} (French) and
 * {@code ContributorValidationMessages_en.properties} (English), which Hibernate Validator merges
 * with the application's own {@code ValidationMessages}.
 */
package io.clsante.model.constraints;
