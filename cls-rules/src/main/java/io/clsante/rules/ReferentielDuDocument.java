package io.clsante.rules;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Departement;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.Region;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The referential as the rules of one document see it: loaded when the first rule asks for it, and
 * each code of the document looked up once, however many rules ask about it (the communes of the
 * territory, of the fiches' sectors and of the actors, with their EPCI).
 *
 * <p>Not thread-safe: one instance per document, as the rules of a document run in turn.
 */
final class ReferentielDuDocument implements ReferentielTerritorial {
  private final Supplier<ReferentielTerritorial> source;
  private ReferentielTerritorial referentiel;
  private final Map<CodeCommune, Optional<Commune>> communes = new HashMap<>();
  private final Map<CodeCommune, Optional<Commune>> parties = new HashMap<>();
  private final Map<Siren, Optional<Epci>> epcis = new HashMap<>();

  /**
   * Creates the view of one document.
   *
   * @param source the referential, loaded on first need
   */
  ReferentielDuDocument(Supplier<ReferentielTerritorial> source) {
    this.source = source;
  }

  private ReferentielTerritorial referentiel() {
    if (referentiel == null) {
      referentiel = source.get();
    }
    return referentiel;
  }

  @Override
  public int millesime() {
    return referentiel().millesime();
  }

  @Override
  public Optional<Commune> commune(CodeCommune code) {
    return communes.computeIfAbsent(code, c -> referentiel().commune(c));
  }

  @Override
  public Optional<Commune> communeDelegueeOuAssociee(CodeCommune code) {
    return parties.computeIfAbsent(code, c -> referentiel().communeDelegueeOuAssociee(c));
  }

  @Override
  public Optional<Epci> epci(Siren siren) {
    return epcis.computeIfAbsent(siren, s -> referentiel().epci(s));
  }

  @Override
  public Optional<Departement> departement(CodeDepartement code) {
    return referentiel().departement(code);
  }

  @Override
  public Optional<Region> region(CodeRegion code) {
    return referentiel().region(code);
  }

  @Override
  public List<Commune> communes() {
    return referentiel().communes();
  }

  @Override
  public List<Commune> communesDelegueesOuAssociees() {
    return referentiel().communesDelegueesOuAssociees();
  }

  @Override
  public List<Epci> epcis() {
    return referentiel().epcis();
  }

  @Override
  public List<Departement> departements() {
    return referentiel().departements();
  }

  @Override
  public List<Region> regions() {
    return referentiel().regions();
  }

  @Override
  public String toString() {
    return referentiel().toString();
  }
}
