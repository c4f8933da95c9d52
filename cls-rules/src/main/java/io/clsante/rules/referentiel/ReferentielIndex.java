package io.clsante.rules.referentiel;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A referential held in memory: one hash map per kind for the lookups, one list per kind sorted by
 * code for iteration. The maps are owned by this instance and never modified after construction,
 * so instances are immutable and thread-safe once published (all fields are final).
 */
final class ReferentielIndex implements ReferentielTerritorial {
  private final int millesime;
  private final Map<CodeRegion, Region> regions;
  private final Map<CodeDepartement, Departement> departements;
  private final Map<CodeCommune, Commune> communes;
  private final Map<CodeCommune, Commune> rattachees;
  private final Map<Siren, Epci> epcis;
  private final List<Region> regionList;
  private final List<Departement> departementList;
  private final List<Commune> communeList;
  private final List<Commune> rattacheeList;
  private final List<Epci> epciList;

  /**
   * Takes ownership of the maps, which the caller must not keep or modify; the lists, in any order,
   * are copied in order of code.
   */
  ReferentielIndex(
      int millesime,
      Map<CodeRegion, Region> regions,
      Map<CodeDepartement, Departement> departements,
      Map<CodeCommune, Commune> communes,
      Map<CodeCommune, Commune> rattachees,
      Map<Siren, Epci> epcis,
      List<Region> regionList,
      List<Departement> departementList,
      List<Commune> communeList,
      List<Commune> rattacheeList,
      List<Epci> epciList) {
    this.millesime = millesime;
    this.regions = regions;
    this.departements = departements;
    this.communes = communes;
    this.rattachees = rattachees;
    this.epcis = epcis;
    this.regionList = CodeOrder.sorted(regionList, Region::code);
    this.departementList = CodeOrder.sorted(departementList, Departement::code);
    this.communeList = CodeOrder.sorted(communeList, Commune::code);
    this.rattacheeList = CodeOrder.sorted(rattacheeList, Commune::code);
    this.epciList = CodeOrder.sorted(epciList, Epci::siren);
  }

  @Override
  public int millesime() {
    return millesime;
  }

  @Override
  public Optional<Commune> commune(CodeCommune code) {
    return Optional.ofNullable(communes.get(Objects.requireNonNull(code, "code")));
  }

  @Override
  public Optional<Commune> communeDelegueeOuAssociee(CodeCommune code) {
    return Optional.ofNullable(rattachees.get(Objects.requireNonNull(code, "code")));
  }

  @Override
  public Optional<Epci> epci(Siren siren) {
    return Optional.ofNullable(epcis.get(Objects.requireNonNull(siren, "siren")));
  }

  @Override
  public Optional<Departement> departement(CodeDepartement code) {
    return Optional.ofNullable(departements.get(Objects.requireNonNull(code, "code")));
  }

  @Override
  public Optional<Region> region(CodeRegion code) {
    return Optional.ofNullable(regions.get(Objects.requireNonNull(code, "code")));
  }

  @Override
  public List<Commune> communes() {
    return communeList;
  }

  @Override
  public List<Commune> communesDelegueesOuAssociees() {
    return rattacheeList;
  }

  @Override
  public List<Epci> epcis() {
    return epciList;
  }

  @Override
  public List<Departement> departements() {
    return departementList;
  }

  @Override
  public List<Region> regions() {
    return regionList;
  }

  @Override
  public String toString() {
    return "ReferentielTerritorial[millesime=" + millesime + ", regions=" + regions.size()
        + ", departements=" + departements.size() + ", communes=" + communes.size()
        + ", communesDelegueesOuAssociees=" + rattachees.size() + ", epcis=" + epcis.size() + "]";
  }
}
