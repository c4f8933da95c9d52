package io.clsante.schema;

import io.clsante.model.Acteur;
import io.clsante.model.Avenant;
import io.clsante.model.Axe;
import io.clsante.model.BaseTaxe;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Evenement;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.FrequenceCollecte;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.Montant;
import io.clsante.model.NatureContrat;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.NiveauIndicateur;
import io.clsante.model.PartCofinancement;
import io.clsante.model.Periode;
import io.clsante.model.Population;
import io.clsante.model.RoleSignataire;
import io.clsante.model.Signataire;
import io.clsante.model.SignatureAvenant;
import io.clsante.model.StatutContrat;
import io.clsante.model.StatutFinancement;
import io.clsante.model.Territoire;
import io.clsante.model.Thematique;
import io.clsante.model.TypeActeur;
import io.clsante.model.TypeEvenement;
import io.clsante.model.TypeValeur;
import io.clsante.model.UniteMontant;
import io.clsante.model.ValeurIndicateur;
import io.clsante.model.VersionFormat;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Files of the repository and documents shared by the tests. */
final class Fixtures {
  /** A plain mapper for fixtures: numbers as BigDecimal, so trees keep what documents write. */
  static final JsonMapper PLAIN = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private Fixtures() {}

  /** The root of the repository: the nearest ancestor of the working directory with schema/cls. */
  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("schema/cls/" + VersionFormat.CURRENT + "/contrat.schema.json"))
          && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("No repository root with schema/cls/" + VersionFormat.CURRENT
        + "/contrat.schema.json above " + dir);
  }

  /** The published schema of the version this library writes. */
  static Path publishedSchema() {
    return publishedSchema(VersionFormat.CURRENT);
  }

  /** The published schema of a version of the format. */
  static Path publishedSchema(VersionFormat version) {
    return repoRoot().resolve("schema/cls/" + version + "/contrat.schema.json");
  }

  /** The published schemas of every version this library reads, oldest first. */
  static List<Path> publishedSchemas() {
    return java.util.stream.IntStream.rangeClosed(0, VersionFormat.CURRENT.minor())
        .mapToObj(minor -> publishedSchema(VersionFormat.parse(VersionFormat.SUPPORTED_MAJOR + "." + minor)))
        .toList();
  }

  static Path ajvDir() {
    String configured = System.getProperty("cls.ajv.dir");
    return configured != null ? Path.of(configured) : repoRoot().resolve("tools/ajv");
  }

  /** The document of cls-model's tests that uses every concept of the format. */
  static Path tousConcepts() {
    return repoRoot().resolve("examples/concepts/tous-les-concepts.json");
  }

  /** The reference contracts, examples/contrats/*.json, sorted; empty while there are none. */
  static List<Path> referenceExamples() {
    Path dir = repoRoot().resolve("examples/contrats");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    return PLAIN.readTree(json);
  }

  static JsonNode schemaTree() {
    return tree(read(publishedSchema()));
  }

  /**
   * A small contract that still has a value at every place the tables of invalid documents change:
   * an event, a period, a territory with commune, EPCI, département, région and population, two
   * actors (the second with SIREN and contact), a signatory, a coordination with co-funding, an axis
   * with one fiche (calendar, funding, indicator with a value) and an amendment.
   */
  static ContratLocalDeSante base() {
    return ContratLocalDeSante.builder()
        .identifiant("cls-exemple-2025")
        .intitule("Contrat local de santé d'exemple")
        .description("Document fictif pour les tests du schéma.")
        .nature(NatureContrat.CLS)
        .generation(2)
        .statut(StatutContrat.SIGNE)
        .addEvenements(Evenement.builder().type(TypeEvenement.SIGNATURE)
            .date(DateCalendaire.parse("2025-11-13")).build())
        .periode(Periode.of(DateCalendaire.parse("2025-11-13"), DateCalendaire.parse("2029")))
        .territoire(Territoire.builder()
            .libelle("Exemple")
            .addCommunes(CommuneTerritoire.of(CodeCommune.parse("32013")))
            .addEpci(EpciTerritoire.of(Siren.parse("200035756"), "CC d'exemple"))
            .addDepartements(CodeDepartement.parse("32"))
            .region(CodeRegion.parse("76"))
            .population(Population.of(19000, 2021))
            .build())
        .addActeurs(Acteur.builder().id("ars-occitanie").nom("Agence régionale de santé Occitanie")
            .type(TypeActeur.ARS).build())
        .addActeurs(Acteur.builder().id("cc-exemple").nom("Communauté de communes d'exemple")
            .type(TypeActeur.COMMUNAUTE_COMMUNES).siren(Siren.parse("200035756"))
            .contact(Contact.builder().fonction("Coordination du CLS").telephone("05 00 00 00 00").build())
            .build())
        .addSignataires(Signataire.builder().acteur("ars-occitanie").role(RoleSignataire.SIGNATAIRE)
            .dateSignature(LocalDate.of(2025, 11, 13)).build())
        .coordination(Coordination.builder().employeur("cc-exemple")
            .addCofinancements(PartCofinancement.of("ars-occitanie", new BigDecimal("50")))
            .addCofinancements(PartCofinancement.of("cc-exemple", new BigDecimal("50")))
            .build())
        .addAxes(Axe.builder().id("axe-1").numero(1).intitule("Santé mentale")
            .addThematiques(Thematique.SANTE_MENTALE)
            .addFiches(FicheAction.builder().id("fa-1.1").code("FA 1.1")
                .intitule("Former des secouristes en santé mentale")
                .addPorteurs(Intervenant.of("cc-exemple"))
                .calendrier(Periode.builder().debut(DateCalendaire.parse("2026-S1")).pasAvant(true).build())
                .addFinancements(Financement.builder().financeur(Intervenant.of("ars-occitanie"))
                    .statut(StatutFinancement.ACQUIS).annee(2026)
                    .montant(Montant.builder().valeur(new BigDecimal("15000.00")).taxe(BaseTaxe.TTC)
                        .unite(UniteMontant.PAR_AN).build())
                    .build())
                .addIndicateurs(Indicateur.builder().id("ind-1.1.1").libelle("Personnes formées")
                    .niveau(NiveauIndicateur.PROCESSUS).nature(NatureIndicateur.QUANTITATIF)
                    .frequence(FrequenceCollecte.ANNUELLE)
                    .addValeurs(ValeurIndicateur.builder().type(TypeValeur.CIBLE)
                        .date(LocalDate.of(2029, 12, 31)).nombre(new BigDecimal("120")).build())
                    .build())
                .build())
            .build())
        .addAvenants(Avenant.builder().numero(1).date(LocalDate.of(2026, 6, 30))
            .objet("Ajout d'une fiche action")
            .addSignatures(SignatureAvenant.of("ars-occitanie", LocalDate.of(2026, 6, 30)))
            .build())
        .build();
  }

  /**
   * Every document of this module's tests, by name, in order: the valid ones (the all-concepts
   * document, the base contract, the contract with every code and every bound, the schema's examples,
   * the reference examples as committed and as read and written again), then the table of invalid
   * documents. The oracles are run on all of them.
   */
  static Map<String, String> testDocuments() {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("tous-concepts.json", read(tousConcepts()));
    documents.put("base", baseJson());
    documents.put("tous les codes et toutes les bornes", ClsJson.defaults().write(ModelDocumentsValidTest.everything()));
    int n = 0;
    for (JsonNode example : schemaTree().get("examples").values()) {
      documents.put("exemple du schéma " + n++, example.toPrettyString());
    }
    for (Path example : referenceExamples()) {
      String json = read(example);
      documents.put(example.getFileName().toString(), json);
      try {
        documents.put(example.getFileName() + ", relu et réécrit", ClsJson.defaults().write(ClsJson.defaults().read(json)));
      } catch (ClsJsonException e) {
        throw new AssertionError(example + " is not readable: " + e.getMessage(), e);
      }
    }
    for (InvalidDocuments.Case c : InvalidDocuments.all()) {
      documents.put(c.name(), c.document());
    }
    return documents;
  }

  /**
   * The {@linkplain #baseJson() base contract} with one change, the new value written exactly as
   * given ({@code 2e0} stays {@code 2e0}, {@code -0.0} stays {@code -0.0}).
   *
   * @param pointer where to change the base document; the empty string for the whole document
   * @param json the new value at the pointer, as JSON text; null to remove the property
   * @return the document, as JSON text
   */
  static String edited(String pointer, String json) {
    if (pointer.isEmpty()) {
      return json;
    }
    JsonNode root = tree(baseJson());
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    // A marker string stands for the value, which replaces it in the text: no number is rewritten.
    String marker = "\u0000value\u0000";
    if (parent instanceof ObjectNode o) {
      if (json == null) {
        if (o.remove(last) == null) {
          throw new IllegalStateException("nothing to remove at " + pointer);
        }
      } else {
        o.put(last, marker);
      }
    } else if (parent instanceof ArrayNode a && json != null) {
      a.set(Integer.parseInt(last), a.stringNode(marker));
    } else {
      throw new IllegalStateException("no object or array above " + pointer);
    }
    String text = root.toPrettyString();
    return json == null ? text : text.replace(PLAIN.writeValueAsString(marker), json);
  }

  /** The base contract as the model writes it. */
  static String baseJson() {
    return ClsJson.defaults().write(base());
  }
}
