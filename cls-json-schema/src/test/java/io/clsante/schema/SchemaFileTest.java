package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Extensions;
import io.clsante.model.VersionFormat;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Rna;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The published file: where it lives, what the jar carries, and the rules it is written by. */
class SchemaFileTest {
  private static final JsonNode SCHEMA = Fixtures.schemaTree();

  @Test
  void classpathResource_isThePublishedFile_byteForByte() throws IOException {
    byte[] published = Files.readAllBytes(Fixtures.publishedSchema());
    String resource = ClsSchema.resource(VersionFormat.CURRENT);
    try (InputStream in = ClsSchema.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      assertArrayEquals(published, in.readAllBytes());
    }
    assertEquals(new String(published, StandardCharsets.UTF_8), ClsSchema.standard().text());
  }

  @Test
  void id_carriesTheFormatVersion_andBothPathsMirrorIt() {
    String id = SCHEMA.get("$id").stringValue();
    assertEquals("https://schema.clsante.io/cls/" + VersionFormat.CURRENT + "/contrat.schema.json", id);
    String path = id.substring("https://schema.clsante.io".length());
    assertEquals("/io/clsante/schema" + path, ClsSchema.resource(VersionFormat.CURRENT));
    assertEquals(Fixtures.repoRoot().resolve("schema" + path), Fixtures.publishedSchema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").stringValue());
  }

  @Test
  void file_isUtf8WithUnixLineEnds_andAFinalNewline() throws IOException {
    String text = Files.readString(Fixtures.publishedSchema(), StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"));
    assertTrue(text.endsWith("}\n"));
    assertFalse(text.startsWith("\uFEFF"));
  }

  @Test
  void schema_hasNoNullAnywhere() {
    walk(SCHEMA, "", (pointer, node) -> assertFalse(node.isNull(), pointer));
  }

  @Test
  void everyObject_isClosed_butExtensions() {
    walk(SCHEMA, "", (pointer, node) -> {
      if (node.isObject() && "object".equals(node.path("type").asString(""))
          && !pointer.equals("/$defs/Extensions") && !pointer.startsWith("/examples")) {
        assertTrue(node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").booleanValue(),
            pointer);
      }
    });
    assertFalse(SCHEMA.get("$defs").get("Extensions").has("additionalProperties"));
  }

  @Test
  void everyPropertyAndDefinition_hasAFrenchDescription() {
    walk(SCHEMA, "", (pointer, node) -> {
      if (node.isObject() && node.has("properties") && !pointer.startsWith("/examples")) {
        for (Map.Entry<String, JsonNode> p : node.get("properties").properties()) {
          assertDescribed(pointer + "/properties/" + p.getKey(), p.getValue());
        }
      }
    });
    for (Map.Entry<String, JsonNode> def : SCHEMA.get("$defs").properties()) {
      assertDescribed("/$defs/" + def.getKey(), def.getValue());
    }
    assertDescribed("", SCHEMA);
  }

  private static void assertDescribed(String pointer, JsonNode node) {
    JsonNode d = node.get("description");
    assertTrue(d != null && d.isString() && !d.stringValue().isBlank(), pointer);
    // French: accented letters or French words, never an English sentence left behind.
    assertFalse(d.stringValue().matches("(?s).*\\b(?:the|Returns|which)\\b.*"), pointer + ": " + d);
  }

  @Test
  void everyPattern_keepsToTheRegexSyntaxThatEveryEngineShares() {
    List<String> patterns = new ArrayList<>();
    walk(SCHEMA, "", (pointer, node) -> {
      if (node.isObject() && node.has("pattern") && node.get("pattern").isString()) {
        patterns.add(node.get("pattern").stringValue());
      }
    });
    assertFalse(patterns.isEmpty());
    for (String p : patterns) {
      assertEquals(List.of(), RegexSubset.problems(p), p);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?<=a)b", "(?<!a)b", "a*+", "a++", "a?+", "a{2}+", "(?>a)", "\\p{L}", "\\P{L}",
      "(?i)a", "\\Aa", "a\\z", "a\\Z", "\\s", "\\w", "\\b", "\\d", "a.b", "(?<n>a)", "\\Qa\\E", "[a&&b]", "\\h",
      "\\R", "[]a]", "[a[b]]"})
  void regexSubset_refusesWhatSomeEngineReadsDifferently(String pattern) {
    assertFalse(RegexSubset.problems(pattern).isEmpty(), pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"^[A-Za-z0-9][A-Za-z0-9_.-]*$", "^(?:0[1-9]|2[AB])[0-9]{3}$", "[^\\u0000-\\u0020]",
      "^a\\.b$", "^[.]$", "^(?!x)[a-z]{2,3}$", "^a*?b$"})
  void regexSubset_acceptsTheSharedSyntax(String pattern) {
    assertEquals(List.of(), RegexSubset.problems(pattern), pattern);
  }

  @Test
  void everyFormatPattern_isAnchored() {
    for (Map.Entry<String, JsonNode> def : SCHEMA.get("$defs").properties()) {
      if (def.getValue().has("pattern")) {
        String p = def.getValue().get("pattern").stringValue();
        assertTrue(p.startsWith("^") && p.endsWith("$") && !p.endsWith("\\$"), def.getKey() + ": " + p);
      }
    }
  }

  @Test
  void rootExamples_areValidForTheSchema_theReader_andTheConstraints() throws ClsJsonException {
    JsonNode examples = SCHEMA.get("examples");
    assertTrue(examples.isArray() && !examples.isEmpty());
    for (JsonNode example : examples.values()) {
      String json = example.toPrettyString();
      assertEquals(List.of(), ClsSchema.standard().validate(json));
      ContratLocalDeSante read = ClsJson.defaults().read(json);
      assertEquals(Set.of(), ModelConstraints.violations(read));
      assertEquals(example, Fixtures.tree(ClsJson.defaults().write(read)), "the example is not canonical");
    }
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("Siren", (Consumer<String>) Siren::parse),
        Arguments.of("Siret", (Consumer<String>) Siret::parse),
        Arguments.of("Finess", (Consumer<String>) Finess::parse),
        Arguments.of("Rna", (Consumer<String>) Rna::parse),
        Arguments.of("CodeCommune", (Consumer<String>) CodeCommune::parse),
        Arguments.of("CodeDepartement", (Consumer<String>) CodeDepartement::parse),
        Arguments.of("CodeRegion", (Consumer<String>) CodeRegion::parse),
        Arguments.of("DateCalendaire", (Consumer<String>) DateCalendaire::parse),
        Arguments.of("LocalDate", (Consumer<String>) LocalDate::parse),
        Arguments.of("VersionFormat", (Consumer<String>) VersionFormat::parse),
        Arguments.of("IdentifiantLocal", (Consumer<String>) s -> {
          if (!s.matches(IdentifiantLocal.REGEX) || s.length() > 64) {
            throw new IllegalArgumentException(s);
          }
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void formatExamples_matchTheirPattern_andParseAsTheirJavaType(String def, Consumer<String> parse) {
    JsonNode node = SCHEMA.get("$defs").get(def);
    JsonNode examples = node.get("examples");
    assertTrue(examples != null && examples.isArray() && !examples.isEmpty(), def);
    for (JsonNode e : examples.values()) {
      String s = e.stringValue();
      if (node.has("pattern")) {
        assertTrue(EcmaRegularExpressions.compile(node.get("pattern").stringValue()).matches(s), s);
      }
      parse.accept(s);
    }
  }

  @Test
  void extensionsExamples_areObjectsTheModelKeeps() {
    for (JsonNode e : SCHEMA.get("$defs").get("Extensions").get("examples").values()) {
      assertTrue(e.isObject());
      assertEquals(e, Extensions.of((ObjectNode) e).asJsonNode());
    }
  }

  private interface Visitor {
    void visit(String pointer, JsonNode node);
  }

  private static void walk(JsonNode node, String pointer, Visitor visitor) {
    visitor.visit(pointer, node);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }
}
