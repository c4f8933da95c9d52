/**
 * The business rules of the Contrat Local de Santé, the territorial referential, the reports and
 * the one-call validator {@link io.clsante.rules.ClsValidator}.
 *
 * <p>Exports the API ({@code io.clsante.rules}), the extension point for application rules
 * ({@code io.clsante.rules.spi}) and the referential ({@code io.clsante.rules.referentiel}); the
 * rule implementations stay inside.
 */
module io.clsante.rules {
  requires transitive io.clsante.model;
  requires transitive io.clsante.schema;

  exports io.clsante.rules;
  exports io.clsante.rules.spi;
  exports io.clsante.rules.referentiel;

  uses io.clsante.rules.spi.Rule;
}
