package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Compares the counts of {@code cog-2026.properties} with the JSON files of the npm package the
 * resource was converted from. Runs only where {@code tools/referentiel/node_modules} was installed
 * ({@code npm ci}), as in the CI job that refreshes the referential.
 */
class Cog2026SourceTest {
  private static final Path DATA = Path.of("..", "tools", "referentiel", "node_modules",
      "@etalab", "decoupage-administratif", "data");
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void requireSourcePackage() {
    assumeTrue(Files.isDirectory(DATA), () -> DATA.toAbsolutePath().normalize()
        + " absent : lancer « npm ci » dans tools/referentiel pour comparer aux données source");
  }

  private static JsonNode read(String file) {
    return JSON.readTree(DATA.resolve(file));
  }

  private static long count(JsonNode array, Predicate<JsonNode> filter) {
    return array.values().stream().filter(filter).count();
  }

  private static Predicate<JsonNode> ofType(String type) {
    return node -> type.equals(node.get("type").asString());
  }

  @Test
  void propertiesCountTheEntriesOfTheSourcePackage() {
    JsonNode communes = read("communes.json");
    JsonNode regions = read("regions.json");
    Predicate<JsonNode> twoDigits = node -> node.get("code").asString().matches("[0-9]{2}");
    assertAll(
        () -> assertEquals(Cog2026Properties.count("communes-actuelles"),
            count(communes, ofType("commune-actuelle"))),
        () -> assertEquals(Cog2026Properties.count("communes-deleguees"),
            count(communes, ofType("commune-deleguee"))),
        () -> assertEquals(Cog2026Properties.count("communes-associees"),
            count(communes, ofType("commune-associee"))),
        () -> assertEquals(Cog2026Properties.count("arrondissements-municipaux"),
            count(communes, ofType("arrondissement-municipal"))),
        () -> assertEquals(Cog2026Properties.count("epci"), read("epci.json").size()),
        () -> assertEquals(Cog2026Properties.count("departements"),
            read("departements.json").size()),
        () -> assertEquals(Cog2026Properties.count("regions"), count(regions, twoDigits)),
        () -> assertEquals(Cog2026Properties.count("collectivites-outre-mer"),
            count(regions, twoDigits.negate())),
        () -> assertEquals(communes.size(), Cog2026Properties.count("communes-actuelles")
            + Cog2026Properties.count("communes-deleguees")
            + Cog2026Properties.count("communes-associees")
            + Cog2026Properties.count("arrondissements-municipaux")));
  }

  @Test
  void sourcePackageIsTheVersionNamedInTheProperties() {
    assertEquals(Cog2026Properties.get("source.version"),
        JSON.readTree(DATA.resolve("../package.json")).get("version").asString());
  }
}
