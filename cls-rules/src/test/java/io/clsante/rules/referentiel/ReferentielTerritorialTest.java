package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferentielTerritorialTest {
  private static final ReferentielTerritorial COG = ReferentielTerritorial.cog2026();

  private static Commune commune(String code) {
    return COG.commune(CodeCommune.parse(code))
        .orElseThrow(() -> new AssertionError("commune actuelle " + code + " absente"));
  }

  private static Commune rattachee(String code) {
    return COG.communeDelegueeOuAssociee(CodeCommune.parse(code))
        .orElseThrow(() -> new AssertionError("commune " + code + " absente"));
  }

  private static Epci epci(String siren) {
    return COG.epci(Siren.parse(siren))
        .orElseThrow(() -> new AssertionError("EPCI " + siren + " absent"));
  }

  private static long countOf(TypeCommune type) {
    return COG.communesDelegueesOuAssociees().stream().filter(c -> c.type() == type).count();
  }

  @Test
  void isMillesime2026() {
    assertEquals(2026, COG.millesime());
    assertEquals("2026", Cog2026Properties.get("millesime"));
  }

  @Test
  void returnsTheSameInstanceOnEachCall() {
    assertSame(COG, ReferentielTerritorial.cog2026());
  }

  @Test
  void loadsEveryCurrentCommune() {
    assertEquals(Cog2026Properties.count("communes-actuelles"), COG.communes().size());
    assertTrue(COG.communes().stream().allMatch(c -> c.type() == TypeCommune.COMMUNE_ACTUELLE));
  }

  @Test
  void loadsEveryDelegatedAndAssociatedCommuneAndMunicipalArrondissement() {
    assertAll(
        () -> assertEquals(Cog2026Properties.count("communes-deleguees"),
            countOf(TypeCommune.COMMUNE_DELEGUEE)),
        () -> assertEquals(Cog2026Properties.count("communes-associees"),
            countOf(TypeCommune.COMMUNE_ASSOCIEE)),
        () -> assertEquals(Cog2026Properties.count("arrondissements-municipaux"),
            countOf(TypeCommune.ARRONDISSEMENT_MUNICIPAL)),
        () -> assertEquals(0, countOf(TypeCommune.COMMUNE_ACTUELLE)));
  }

  @Test
  void loadsEveryEpciDepartementAndRegion() {
    assertAll(
        () -> assertEquals(Cog2026Properties.count("epci"), COG.epcis().size()),
        () -> assertEquals(Cog2026Properties.count("departements"), COG.departements().size()),
        () -> assertEquals(Cog2026Properties.count("regions"), COG.regions().size()));
  }

  @Test
  void listsAreSortedByCode() {
    assertSorted(COG.communes(), Comparator.comparing(Commune::code));
    assertSorted(COG.communesDelegueesOuAssociees(), Comparator.comparing(Commune::code));
    assertSorted(COG.epcis(), Comparator.comparing(Epci::siren));
    assertSorted(COG.departements(), Comparator.comparing(Departement::code));
    assertSorted(COG.regions(), Comparator.comparing(Region::code));
  }

  private static <T> void assertSorted(List<T> list, Comparator<T> order) {
    List<T> sorted = new ArrayList<>(list);
    sorted.sort(order);
    assertEquals(sorted, list);
  }

  @Test
  void listsAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> COG.communes().clear());
    assertThrows(UnsupportedOperationException.class, () -> COG.epcis().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> COG.epcis().get(0).membres().clear());
  }

  @Test
  void findsAuchWithItsDepartementRegionSirenAndEpci() {
    Commune auch = commune("32013");
    assertAll(
        () -> assertEquals(TypeCommune.COMMUNE_ACTUELLE, auch.type()),
        () -> assertEquals("Auch", auch.nom()),
        () -> assertEquals(CodeDepartement.parse("32"), auch.departement()),
        () -> assertEquals(Optional.of(CodeRegion.parse("76")), auch.region()),
        () -> assertEquals(Optional.of(Siren.parse("213200132")), auch.siren()),
        () -> assertEquals(Optional.empty(), auch.communeDeRattachement()),
        () -> assertEquals(Optional.of(Siren.parse("200066926")), auch.epci()),
        () -> assertEquals("CA Grand Auch Coeur de Gascogne",
            COG.epciDeCommune(auch.code()).orElseThrow().nom()));
  }

  @ParameterizedTest(name = "EPCI {0} : département {1}, région {2}")
  @CsvSource({
      "200035756, 32, 76, CC Astarac Arros en Gascogne",
      "243200425, 32, 76, CC Coeur d'Astarac en Gascogne",
      "200072320, 32, 76, CC Val de Gers",
      "200066322, 82, 76, CC Terres des Confluences",
      "200069151, 48, 76, CC Gorges Causses Cévennes",
      "200066637, 15, 84, CC Hautes Terres",
      "200066660, 15, 84, CC de Saint-Flour"
  })
  void findsEpciWithItsDepartementAndRegion(String siren, String dep, String reg, String nom) {
    Epci epci = epci(siren);
    CodeDepartement departement = CodeDepartement.parse(dep);
    CodeRegion region = CodeRegion.parse(reg);
    assertAll(
        () -> assertEquals(nom, epci.nom()),
        () -> assertEquals(TypeEpci.COMMUNAUTE_DE_COMMUNES, epci.type()),
        () -> assertEquals(List.of(departement), epci.departements()),
        () -> assertEquals(List.of(region), epci.regions()),
        () -> assertEquals(Optional.of(region),
            COG.departement(departement).orElseThrow().region()),
        () -> assertTrue(COG.region(region).isPresent()));
  }

  @Test
  void findsAnEpciSpanningTwoRegions() {
    Epci ceze = epci("200035129");
    assertEquals("CC de Cèze Cévennes", ceze.nom());
    assertEquals(List.of(CodeDepartement.parse("07"), CodeDepartement.parse("30")),
        ceze.departements());
    assertEquals(List.of(CodeRegion.parse("76"), CodeRegion.parse("84")), ceze.regions());
  }

  @Test
  void findsMetropoleDeLyon() {
    Epci lyon = epci("200046977");
    assertEquals(TypeEpci.METROPOLE_DE_LYON, lyon.type());
    assertEquals(lyon, COG.epciDeCommune(CodeCommune.parse("69123")).orElseThrow());
  }

  @Test
  void findsCorsicanCommunesUnder2AAnd2B() {
    Commune ajaccio = commune("2A004");
    Commune bastia = commune("2B033");
    assertAll(
        () -> assertEquals("Ajaccio", ajaccio.nom()),
        () -> assertEquals(CodeDepartement.parse("2A"), ajaccio.departement()),
        () -> assertEquals("Bastia", bastia.nom()),
        () -> assertEquals(CodeDepartement.parse("2B"), bastia.departement()),
        () -> assertEquals("Corse-du-Sud",
            COG.departement(CodeDepartement.parse("2A")).orElseThrow().nom()),
        () -> assertEquals("Haute-Corse",
            COG.departement(CodeDepartement.parse("2B")).orElseThrow().nom()),
        () -> assertEquals(Optional.of(CodeRegion.parse("94")), bastia.region()),
        () -> assertEquals("Corse", COG.region(CodeRegion.parse("94")).orElseThrow().nom()));
  }

  @Test
  void findsAnOverseasCommuneInItsRegionAndEpci() {
    Commune saintDenis = commune("97411");
    assertAll(
        () -> assertEquals("Saint-Denis", saintDenis.nom()),
        () -> assertEquals(CodeDepartement.parse("974"), saintDenis.departement()),
        () -> assertEquals(Optional.of(CodeRegion.parse("04")), saintDenis.region()),
        () -> assertEquals("La Réunion", COG.region(CodeRegion.parse("04")).orElseThrow().nom()),
        () -> assertEquals(Optional.of(Siren.parse("249740119")), saintDenis.epci()),
        () -> assertEquals("Mamoudzou", commune("97611").nom()));
  }

  @Test
  void leavesTheCollectivitesOutreMerWithoutRegionSirenOrEpci() {
    Commune saintMartin = commune("97801");
    assertAll(
        () -> assertEquals("Saint-Martin", saintMartin.nom()),
        () -> assertEquals(CodeDepartement.parse("978"), saintMartin.departement()),
        () -> assertEquals(Optional.empty(), saintMartin.region()),
        () -> assertEquals(Optional.empty(), saintMartin.siren()),
        () -> assertEquals(Optional.empty(), saintMartin.epci()),
        () -> assertEquals(Optional.empty(),
            COG.departement(CodeDepartement.parse("978")).orElseThrow().region()),
        () -> assertEquals("Papeete", commune("98735").nom()));
  }

  @Test
  void resolvesADelegatedCommuneToItsCurrentCommune() {
    CodeCommune code = CodeCommune.parse("32067");
    Commune cabas = rattachee("32067");
    assertAll(
        () -> assertEquals("Cabas-Loumassès", cabas.nom()),
        () -> assertEquals(TypeCommune.COMMUNE_DELEGUEE, cabas.type()),
        () -> assertEquals(Optional.of(CodeCommune.parse("32365")), cabas.communeDeRattachement()),
        () -> assertEquals(Optional.empty(), cabas.siren()),
        () -> assertEquals(Optional.empty(), cabas.epci()),
        () -> assertEquals(Optional.empty(), COG.commune(code)),
        () -> assertEquals(commune("32365"), COG.communeActuelle(code).orElseThrow()),
        () -> assertEquals(COG.epciDeCommune(CodeCommune.parse("32365")), COG.epciDeCommune(code)));
  }

  @Test
  void keepsApartADelegatedCommuneThatSharesTheCodeOfItsCurrentCommune() {
    Commune actuelle = commune("01015");
    Commune deleguee = rattachee("01015");
    assertAll(
        () -> assertEquals(TypeCommune.COMMUNE_ACTUELLE, actuelle.type()),
        () -> assertEquals(TypeCommune.COMMUNE_DELEGUEE, deleguee.type()),
        () -> assertEquals("Arbignieu", deleguee.nom()),
        () -> assertEquals(Optional.of(actuelle.code()), deleguee.communeDeRattachement()),
        () -> assertEquals(actuelle, COG.communeActuelle(actuelle.code()).orElseThrow()));
  }

  @Test
  void resolvesAnAssociatedCommuneToItsCurrentCommune() {
    Commune artiguedieu = rattachee("32011");
    assertEquals(TypeCommune.COMMUNE_ASSOCIEE, artiguedieu.type());
    assertEquals(CodeCommune.parse("32426"),
        COG.communeActuelle(artiguedieu.code()).orElseThrow().code());
  }

  @Test
  void resolvesAMunicipalArrondissementToItsCommuneAndEpci() {
    CodeCommune marseille1 = CodeCommune.parse("13201");
    assertAll(
        () -> assertEquals(TypeCommune.ARRONDISSEMENT_MUNICIPAL, rattachee("13201").type()),
        () -> assertEquals("Marseille", COG.communeActuelle(marseille1).orElseThrow().nom()),
        () -> assertEquals(Siren.parse("200054807"),
            COG.epciDeCommune(marseille1).orElseThrow().siren()));
  }

  @ParameterizedTest(name = "{0} n'appartient à aucun EPCI")
  @ValueSource(strings = {"22016", "29083", "29155", "85113"})
  void leavesTheIslandCommunesOutsideAnyEpci(String code) {
    assertEquals(Optional.empty(), commune(code).epci());
    assertEquals(Optional.empty(), COG.epciDeCommune(CodeCommune.parse(code)));
  }

  @Test
  void answersEmptyForAnUnknownCode() {
    assertAll(
        () -> assertEquals(Optional.empty(), COG.commune(CodeCommune.parse("32999"))),
        () -> assertEquals(Optional.empty(), COG.communeActuelle(CodeCommune.parse("32999"))),
        () -> assertEquals(Optional.empty(), COG.epci(Siren.parse("213200132"))),
        () -> assertEquals(Optional.empty(), COG.region(CodeRegion.parse("99"))));
  }

  @Test
  void rejectsNullCodes() {
    assertThrows(NullPointerException.class, () -> COG.commune(null));
    assertThrows(NullPointerException.class, () -> COG.epci(null));
  }

  @Test
  void everyEpciMemberIsACurrentCommuneThatNamesThisEpci() {
    List<String> problems = new ArrayList<>();
    for (Epci epci : COG.epcis()) {
      for (CodeCommune membre : epci.membres()) {
        Optional<Commune> commune = COG.commune(membre);
        if (commune.isEmpty()) {
          problems.add(epci.siren() + " : " + membre + " n'est pas une commune actuelle");
        } else if (!commune.get().epci().equals(Optional.of(epci.siren()))) {
          problems.add(epci.siren() + " : " + membre + " rattachée à " + commune.get().epci());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyCommuneInAnEpciIsAmongItsMembers() {
    for (Commune commune : COG.communes()) {
      commune.epci().ifPresent(siren -> {
        if (!epci(siren.toString()).membres().contains(commune.code())) {
          fail(commune.code() + " absente des membres de " + siren);
        }
      });
    }
  }

  @Test
  void everyDelegatedOrAssociatedCommuneBelongsToACurrentCommuneOfItsDepartement() {
    for (Commune rattachee : COG.communesDelegueesOuAssociees()) {
      Commune actuelle =
          rattachee.communeDeRattachement().flatMap(COG::commune).orElseThrow();
      assertEquals(rattachee.departement(), actuelle.departement(), rattachee::toString);
    }
  }
}
