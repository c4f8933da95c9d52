package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.BaseTaxe;
import io.clsante.model.ClsException;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.DispositifFinancement;
import io.clsante.model.EntiteCls;
import io.clsante.model.Extensions;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.FrequenceCollecte;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.Jalon;
import io.clsante.model.Montant;
import io.clsante.model.NatureContrat;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.NiveauIndicateur;
import io.clsante.model.ObjectifSpecifique;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.Priorite;
import io.clsante.model.PublicCible;
import io.clsante.model.RoleIntervenant;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.StatutContrat;
import io.clsante.model.StatutFiche;
import io.clsante.model.StatutFinancement;
import io.clsante.model.Territoire;
import io.clsante.model.Thematique;
import io.clsante.model.TypeActeur;
import io.clsante.model.TypeDispositif;
import io.clsante.model.TypePublic;
import io.clsante.model.TypeValeur;
import io.clsante.model.UniteMontant;
import io.clsante.model.ValeurIndicateur;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated writer ({@code ModelWriter}, through {@link ClsJson#writeBytes}) writes the bytes
 * that Jackson's data binding, configured by {@link DataBinding}, writes (the oracle), and what it
 * writes reads back as the same contract: on the reference examples (those of format 1.0 written in
 * the current version) and on contracts built in code, with every optional property absent or
 * present, defaults, short forms in both forms and free objects of every kind of JSON value. The
 * testkit compares them on its generated contracts too.
 */
class ModelWriterTest {
  private static final ClsJson JSON = ClsJson.defaults();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Path EXAMPLES = Path.of("../examples");

  /** The mapper's bytes of a contract, in the current version, with the final newline. */
  static String mapperText(ContratLocalDeSante c) {
    return JSON.mapper().writeValueAsString(c.toCurrentVersion()) + "\n";
  }

  static void assertWrittenAsTheMapperWrites(ContratLocalDeSante c, String what) throws ClsJsonException {
    byte[] written = JSON.writeBytes(c);
    assertEquals(mapperText(c), new String(written, StandardCharsets.UTF_8), what);
    assertEquals(c.toCurrentVersion(), JSON.read(written), what + ": read(write(c))");
  }

  static Stream<Arguments> examples() throws IOException {
    try (Stream<Path> files = Stream.of("contrats", "format-1.0", "concepts").map(EXAMPLES::resolve)
        .flatMap(ModelWriterTest::jsonFiles)) {
      List<Arguments> out = files.sorted().map(f -> Arguments.of(EXAMPLES.relativize(f).toString(), f)).toList();
      return out.stream();
    }
  }

  private static Stream<Path> jsonFiles(Path dir) {
    try {
      return Files.list(dir).filter(f -> f.toString().endsWith(".json")).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void examples_comeFromEachDirectory() throws IOException {
    assertEquals(List.of("concepts", "contrats", "format-1.0"), examples()
        .map(a -> Path.of((String) a.get()[0]).getName(0).toString()).distinct().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_writtenAsTheMapperWrites(String name, Path file) throws IOException {
    ContratLocalDeSante c = JSON.read(file);
    assertWrittenAsTheMapperWrites(c, name);
  }

  private static ContratLocalDeSante minimal() {
    return ContratLocalDeSante.builder()
        .identifiant("cls-minimal")
        .intitule("Minimal")
        .nature(NatureContrat.CONTRAT_PREFIGURATION)
        .statut(StatutContrat.EN_PREFIGURATION)
        .territoire(Territoire.builder().build())
        .build();
  }

  private static Extensions parsed(String json) {
    return Extensions.parse(json);
  }

  /** A free object built node by node, with number nodes that reading never makes. */
  private static Extensions builtNodes() {
    ObjectNode o = NODES.objectNode();
    o.put("long", 12_345_678_901L);
    o.put("big", new BigInteger("123456789012345678901234567890"));
    o.put("double", 0.1);
    o.put("float", 2.5f);
    o.put("short", (short) 7);
    o.put("decimal", new BigDecimal("1E+3"));
    o.put("scaled", new BigDecimal("-0.000100"));
    o.putNull("null");
    o.put("binary", new byte[] {1, 2, 3, (byte) 255});
    o.putArray("empty array");
    o.putObject("empty object");
    o.putObject("nested").putArray("a").add(NODES.objectNode().put("b", "c")).add(NODES.arrayNode());
    return Extensions.of(o);
  }

  private static Intervenant intervenant(String acteur) {
    return Intervenant.builder().acteur(acteur).role(RoleIntervenant.values()[0]).service("Service").build();
  }

  private static Periode fullPeriode() {
    return Periode.builder().debut(DateCalendaire.parse("2025-03")).fin(DateCalendaire.parse("2029-T4"))
        .pasAvant(true).finPrs(true).libelle("Période").addJalons(Jalon.builder()
            .date(DateCalendaire.parse("2026-02-28")).libelle("Jalon").build()).build();
  }

  private static Montant fullMontant() {
    return Montant.builder().valeur(new BigDecimal("1500.00")).minimum(new BigDecimal("100.0"))
        .maximum(new BigDecimal("2000.5")).taxe(BaseTaxe.values()[0]).unite(UniteMontant.values()[0])
        .uniteLibelle("unité").build();
  }

  private static Indicateur fullIndicateur(FrequenceCollecte frequence) {
    return Indicateur.builder().id("ind-1").libelle("Indicateur").niveau(NiveauIndicateur.values()[0])
        .nature(NatureIndicateur.values()[0]).unite("%").calcul("Calcul").source("Source").frequence(frequence)
        .addValeurs(ValeurIndicateur.builder().type(TypeValeur.values()[0]).date(LocalDate.of(2024, 2, 29))
            .nombre(new BigDecimal("12.50")).texte("Texte").commentaire("Commentaire").build())
        .operation("op-1").build();
  }

  private static Financement financement(boolean fondsPropres) {
    return Financement.builder().financeur(intervenant("a")).addFinanceursAlternatifs(Intervenant.of("b"))
        .fondsPropres(fondsPropres).dispositif(DispositifFinancement.builder().type(TypeDispositif.values()[0])
            .libelle("Dispositif").build())
        .statut(StatutFinancement.values()[0]).montant(fullMontant()).annee(2026).libelle("Financement").build();
  }

  private static SecteurGeographique secteur(boolean flags) {
    return SecteurGeographique.builder().toutLeTerritoire(flags).addCommunes(CodeCommune.parse("32013"))
        .addEpci(Siren.parse("200035756")).libelle("Secteur").horsTerritoire(flags).build();
  }

  /** A fiche with every property present. */
  private static FicheAction fullFiche() {
    return FicheAction.builder().id("fa-1").code("FA 1.1").intitule("Fiche « complète »\n")
        .description("Description").addThematiques(Thematique.values()[0], Thematique.values()[1])
        .objectifStrategique("os-1").objectifGeneral("Objectif général")
        .addObjectifsSpecifiques(ObjectifSpecifique.builder().libelle("OS").addObjectifsOperationnels("OO").build())
        .addObjectifsOperationnels("Opérationnel")
        .addOperations(Operation.builder().id("op-1").intitule("Opération").description("D").pilote("a")
            .addPorteurs(Intervenant.of("a")).addPartenaires(intervenant("b"))
            .addPublicsCibles(PublicCible.builder().type(TypePublic.values()[0]).libelle("Public").build())
            .secteur(secteur(true)).calendrier(fullPeriode()).addFinancements(financement(true))
            .budget(fullMontant()).addIndicateurs(fullIndicateur(FrequenceCollecte.ANNUELLE))
            .statut(StatutFiche.values()[0]).addResultatsAttendus("Résultat")
            .extensions(parsed("{\"op\":{\"n\":2.50}}")).build())
        .addPorteurs(Intervenant.of("a"), Intervenant.builder().cls(EntiteCls.values()[0]).build(),
            Intervenant.builder().libelle("Les collectivités").build())
        .addPartenaires(intervenant("b"))
        .addPublicsCibles(PublicCible.builder().type(TypePublic.values()[1]).build())
        .secteur(secteur(false)).calendrier(fullPeriode()).addFinancements(financement(false))
        .budgetPrevisionnel(fullMontant())
        .addIndicateurs(fullIndicateur(FrequenceCollecte.values()[FrequenceCollecte.values().length - 1]))
        .statut(StatutFiche.values()[1]).priorite(Priorite.values()[0]).addResultatsAttendus("R")
        .addObjectifsPrs("PRS").extensions(parsed("{\"x\":[1,2.50,true,null,\"\\u00e9\\t\\\"\"]}")).build();
  }

  private static ContratLocalDeSante withFiche(FicheAction fiche, ObjectifStrategique objectif) {
    return ContratLocalDeSante.builder().from(minimal())
        .addActeurs(Acteur.builder().id("a").nom("A").type(TypeActeur.ARS).build())
        .addAxes(Axe.builder().id("axe-1").numero(1).intitule("Axe").addObjectifsStrategiques(objectif)
            .addFiches(fiche).build())
        .build();
  }

  /** Contracts built in code: each row, a change of the minimal contract. */
  static Stream<Arguments> builtInCode() {
    return Stream.<Object[]>of(
        row("every optional property absent", c -> c),
        row("empty lists set explicitly", c -> ContratLocalDeSante.builder().from(c).addAllActeurs(List.of())
            .addAllAxes(List.of()).evenements(List.of()).build()),
        row("a fiche with every property present, short forms in both forms", c -> withFiche(fullFiche(),
            ObjectifStrategique.of("Objectif en bref"))),
        row("a strategic objective in its object form", c -> withFiche(fullFiche(),
            ObjectifStrategique.builder().id("os-1").numero("1.2").intitule("Objectif").build())),
        row("a fiche with its required properties only", c -> withFiche(FicheAction.builder().id("f")
            .code("F").intitule("F").build(), ObjectifStrategique.builder().numero("OS 1").intitule("O").build())),
        row("an empty intervenant", c -> withFiche(FicheAction.builder().id("f").code("F").intitule("F")
            .addPorteurs(Intervenant.builder().build()).build(), ObjectifStrategique.of("O"))),
        row("a previous version, written in the current one", c -> ContratLocalDeSante.builder().from(c)
            .formatVersion(io.clsante.model.VersionFormat.parse("1.0")).build()),
        row("empty extensions", c -> ContratLocalDeSante.builder().from(c).extensions(Extensions.empty()).build()),
        row("extensions of every kind of JSON value", c -> ContratLocalDeSante.builder().from(c)
            .extensions(parsed("{\"z\":{\"a\":[[],{},[1,[2,{\"b\":null}]]]},\"n\":[0,-1,1.10,1E+2,1e-7,"
                + "123456789012345678901234567890,-0.0],\"s\":\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u007f\","
                + "\"u\":\"é€😀\\u2028\",\"é\\n\":true,\"\":false}")).build()),
        row("extensions built node by node", c -> ContratLocalDeSante.builder().from(c)
            .extensions(builtNodes()).build()),
        row("decimals with an exponent, written plainly", c -> withFiche(FicheAction.builder().id("f").code("F")
            .intitule("F").budgetPrevisionnel(Montant.builder().valeur(new BigDecimal("1E+2"))
                .minimum(new BigDecimal("1E-7")).maximum(new BigDecimal("-12345678901234567890.5E+3")).build())
            .build(), ObjectifStrategique.of("O"))),
        row("every optional of the contract present", c -> ContratLocalDeSante.builder().from(c)
            .description("Description").generation(2).predecesseur("cls-avant").periode(fullPeriode())
            .numerotationFiches(io.clsante.model.NumerotationFiches.values()[0])
            .territoire(Territoire.builder().libelle("T").addDepartements(io.clsante.model.id.CodeDepartement.parse(
                "2A")).region(io.clsante.model.id.CodeRegion.parse("76")).groupement("g").millesimeCog(2024).build())
            .extensions(parsed("{\"a\":1}")).build()))
        .map(Arguments::of);
  }

  private static Object[] row(String name, UnaryOperator<ContratLocalDeSante> change) {
    return new Object[] {name, change};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInCode")
  void builtInCode_writtenAsTheMapperWrites(String name, UnaryOperator<ContratLocalDeSante> change)
      throws ClsJsonException {
    ContratLocalDeSante c = change.apply(minimal());
    byte[] written = JSON.writeBytes(c);
    assertEquals(mapperText(c), new String(written, StandardCharsets.UTF_8), name);
    if (name.startsWith("decimals")) {
      assertTrue(JSON.write(c).contains("\"valeur\": 100,\n"), name);
    }
    if (name.startsWith("extensions") || name.startsWith("decimals")) {
      // Binary, float and double nodes come back as strings and decimals, 1E+2 as 100: the same text,
      // not the same values.
      assertEquals(new String(written, StandardCharsets.UTF_8), JSON.write(JSON.read(written)), name);
    } else {
      assertEquals(c.toCurrentVersion(), JSON.read(written), name + ": read(write(c))");
    }
  }

  /** The short form is the string when the shorthand property alone is set, the object otherwise. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("shortForms")
  void shortForm_isTheStringOfTheShorthandPropertyAlone(String name, Intervenant porteur, String expected) {
    ContratLocalDeSante c = withFiche(FicheAction.builder().id("f").code("F").intitule("F").addPorteurs(porteur)
        .build(), ObjectifStrategique.of("O"));
    String written = JSON.write(c);
    String porteurs = written.substring(written.indexOf("\"porteurs\": [") + "\"porteurs\": [".length(),
        written.indexOf(']', written.indexOf("\"porteurs\""))).strip().replaceAll("\\s+", " ");
    assertEquals(expected, porteurs, name);
    assertEquals(mapperText(c), written, name);
  }

  static Stream<Arguments> shortForms() {
    return Stream.of(
        Arguments.of("acteur alone", Intervenant.of("a"), "\"a\""),
        Arguments.of("acteur and role", Intervenant.builder().acteur("a").role(RoleIntervenant.values()[0]).build(),
            "{ \"acteur\": \"a\", \"role\": \"" + RoleIntervenant.values()[0].code() + "\" }"),
        Arguments.of("libelle alone", Intervenant.builder().libelle("L").build(), "{ \"libelle\": \"L\" }"),
        Arguments.of("nothing set", Intervenant.builder().build(), "{}"));
  }

  @Test
  void extensionsThatAreNotJson_areRefused() {
    ObjectNode o = NODES.objectNode();
    o.putPOJO("java", new Object());
    ContratLocalDeSante c = ContratLocalDeSante.builder().from(minimal()).extensions(Extensions.of(o)).build();
    ClsException e = assertThrows(ClsException.class, () -> JSON.writeBytes(c));
    assertEquals("Extensions : la valeur POJO n'est pas du JSON", e.getMessage());
  }
}
