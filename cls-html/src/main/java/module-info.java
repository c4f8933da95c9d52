/**
 * The HTML summary of a Contrat Local de Santé: one self-contained, printable page with the
 * contract, its plan, its calendars and budgets as inline SVG, and the validation findings beside
 * the parts they concern. The entry point is {@link io.clsante.html.ContratHtml}.
 */
module io.clsante.html {
  requires transitive io.clsante.rules;
  requires gg.jte.runtime;
  // The templates compiled by jte carry its @Generated annotation, kept in the class files only.
  requires static java.compiler;

  exports io.clsante.html;
  // jte's runtime finds and calls the compiled templates by reflection.
  opens io.clsante.html.templates to gg.jte.runtime;
}
