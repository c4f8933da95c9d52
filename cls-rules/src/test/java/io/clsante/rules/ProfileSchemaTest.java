package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema of profile files, {@code schema/cls/profil/1.0/profil.schema.json}, written
 * by hand, agrees with the library's reader: networknt's engine accepts what the reader accepts and
 * refuses what it refuses, but for the checks a schema cannot state; and the schema names the same
 * properties, base profiles, levels and id form as the reader.
 */
class ProfileSchemaTest {
  static final Path SCHEMA_FILE = Path.of("../schema/cls/profil/1.0/profil.schema.json");
  static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * What the reader refuses and a JSON Schema cannot: a repeated property (a parsed document keeps
   * one value), and a rule id of the right form that no rule of the catalog has (the catalog grows
   * with the application's rules, which the schema cannot list).
   */
  static final Set<String> BEYOND_THE_SCHEMA = Set.of(
      "repeated property", "rule given twice", "rule id mistyped", "rule id far from any");

  static final Schema SCHEMA = compile();

  private static Schema compile() {
    try {
      String text = Files.readString(SCHEMA_FILE);
      String id = JSON.readTree(text).get("$id").asString();
      // Nothing is fetched: the schema is served from memory, the draft's meta-schemas from networknt's jar.
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)
              .resourceLoaders(resources -> resources.resources(Map.of(id, text)))));
      Schema schema = registry.getSchema(SchemaLocation.of(id));
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Error> errors(String json) {
    return SCHEMA.validate(JSON.readTree(json));
  }

  static JsonNode schema() throws IOException {
    return JSON.readTree(Files.readString(SCHEMA_FILE));
  }

  @Test
  void schema_statesWhatTheReaderReads() throws IOException {
    JsonNode schema = schema();
    assertEquals(ProfileReader.SCHEMA_ID, schema.get("$id").asString());
    assertEquals(ProfileReader.SCHEMA_ID, schema.at("/properties/$schema/const").asString());
    List<String> properties = new ArrayList<>();
    schema.get("properties").propertyNames().forEach(properties::add);
    assertEquals(ProfileReader.PROPERTIES, properties);
    assertEquals("^" + ProfileReader.ID.pattern() + "$", schema.at("/properties/id/pattern").asString());
    assertEquals(Profile.builtIn().stream().map(Profile::id).toList(), strings(schema.at("/properties/base/enum")));
    assertEquals(Profile.national().id(), schema.at("/properties/base/default").asString());
    assertEquals(Profile.LEVELS, strings(schema.at("/properties/regles/additionalProperties/enum")));
    // Every rule id of the catalog has the form the schema allows.
    String rulePattern = schema.at("/properties/regles/propertyNames/pattern").asString();
    RuleCatalog.builtIn().rules().forEach(r -> assertTrue(r.id().matches(rulePattern), r.id()));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  static Stream<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(ProfileTest.EXAMPLE.getParent())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void exampleFile_isValidForTheSchemaAndTheReader(Path file) throws IOException {
    assertEquals(List.of(), errors(Files.readString(file)));
    assertDoesNotThrow(() -> Profile.read(file));
  }

  static Stream<String> goodFiles() {
    return Stream.of(
        "{\"id\": \"a\", \"libelle\": \"A\"}",
        "{\"id\": \"ars-2\", \"libelle\": \"ARS\", \"base\": \"occitanie\", \"regles\": {}}",
        "{\"$schema\": \"" + ProfileReader.SCHEMA_ID + "\", \"id\": \"a\", \"libelle\": \"A\","
            + " \"regles\": {\"CLS-AXE-004\": \"OFF\", \"CLS-SIG-005\": \"INFO\", \"CLS-AXE-006\": \"ERROR\","
            + " \"CLS-AXE-001\": \"WARNING\"}}");
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void goodFile_bothAccept(String json) {
    assertEquals(List.of(), errors(json));
    assertDoesNotThrow(() -> ProfileTest.read(json));
  }

  /** The well-formed bad files of {@link ProfileTest#badFiles()}. */
  static Stream<Arguments> wellFormedBadFiles() {
    return ProfileTest.badFiles().filter(a -> {
      String key = (String) a.get()[2];
      return !key.startsWith("profile.syntax") && !key.equals("profile.empty") && !key.equals("profile.trailing");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wellFormedBadFiles")
  void badFile_theSchemaRefusesItToo_butForWhatNoSchemaCanState(String label, String json) {
    assertFalse(assertDoesNotThrow(() -> ProfileTest.refused(json)).problems().isEmpty());
    assertEquals(!BEYOND_THE_SCHEMA.contains(label), !errors(json).isEmpty(), label + ": " + errors(json));
  }
}
