package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.json.ClsJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Violations are checked values, rendered in French by default and in English. */
class SchemaViolationTest {

  private static SchemaViolation v(String location, String keyword, String... arguments) {
    return new SchemaViolation("/x", 3, 7, location, keyword, List.of(arguments));
  }

  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of(v("#/$defs/ContratLocalDeSante/required", "required", "intitule"),
            "propriété obligatoire « intitule » absente", "missing required property \"intitule\""),
        Arguments.of(v("#/$defs/Acteur/additionalProperties", "additionalProperties", "intitulé"),
            "propriété « intitulé » inconnue", "unknown property \"intitulé\""),
        Arguments.of(v("#/$defs/Axe/properties/numero/type", "type", "integer", "string"),
            "type incorrect : attendu un entier, trouvé une chaîne", "wrong type: an integer expected, a string found"),
        Arguments.of(v("#/$defs/Priorite/enum", "enum", "URGENTE", "HAUTE, MOYENNE, BASSE"),
            "valeur « URGENTE » non admise ; valeurs admises : HAUTE, MOYENNE, BASSE",
            "value \"URGENTE\" not allowed; allowed values: HAUTE, MOYENNE, BASSE"),
        Arguments.of(v("#/$defs/Siren/pattern", "pattern", "12", "^[0-9]{9}$"),
            "SIREN invalide « 12 » : 9 chiffres attendus", "invalid SIREN \"12\": 9 digits expected"),
        Arguments.of(v("#/$defs/Axe/properties/intitule/pattern", "pattern", " ", ClsSchema.NOT_BLANK),
            "texte vide ou fait uniquement d'espaces", "empty text, or only spaces"),
        Arguments.of(v("https://example.org/s.json#/pattern", "pattern", "ab", "^a$"),
            "« ab » ne respecte pas le motif ^a$", "\"ab\" does not match the pattern ^a$"),
        Arguments.of(v("#/$defs/Acteur/properties/nom/maxLength", "maxLength", "501", "500"),
            "texte trop long : 501 caractères pour 500 au plus", "text too long: 501 characters for at most 500"),
        Arguments.of(v("#/$defs/Axe/properties/numero/minimum", "minimum", "0", "1"),
            "valeur 0 inférieure au minimum 1", "value 0 below the minimum 1"),
        Arguments.of(v("#/$defs/PartCofinancement/properties/part/maximum", "maximum", "101", "100"),
            "valeur 101 supérieure au maximum 100", "value 101 above the maximum 100"),
        Arguments.of(v("#/x/uniqueItems", "uniqueItems", "[1, 1]"),
            "valeur non conforme au schéma (mot-clé « uniqueItems »)",
            "value does not conform to the schema (keyword \"uniqueItems\")"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("messages")
  void message_isRenderedInFrenchByDefault_andInEnglish(SchemaViolation v, String french, String english) {
    assertEquals(french, v.message());
    assertEquals(french, v.message(Locale.FRENCH));
    assertEquals(french, v.message(Locale.CANADA_FRENCH));
    assertEquals(french, v.message(Locale.GERMAN));
    assertEquals(french, v.message(null));
    assertEquals(english, v.message(Locale.ENGLISH));
    assertEquals(english, v.message(Locale.UK));
  }

  @Test
  void message_staysFrench_whenTheJvmDefaultLocaleIsEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      SchemaViolation v = v("#/$defs/Contact/additionalProperties", "additionalProperties", "mail");
      assertEquals("propriété « mail » inconnue", v.message(Locale.FRENCH));
      assertEquals("propriété « mail » inconnue", v.message());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void toString_givesLocationAndFrenchMessage() {
    assertEquals("/x (ligne 3, colonne 7) : propriété « mail » inconnue",
        v("#/$defs/Contact/additionalProperties", "additionalProperties", "mail").toString());
    assertEquals("/ : propriété obligatoire « statut » absente",
        new SchemaViolation("", -1, -1, "#/$defs/ContratLocalDeSante/required", "required", List.of("statut"))
            .toString());
  }

  @Test
  void messageKey_namesTheFormatOfAPattern() {
    assertEquals("schema.pattern.CodeCommune", v("#/$defs/CodeCommune/pattern", "pattern", "20004", "^x$").messageKey());
    assertEquals("schema.pattern", v("#/$defs/Inconnu/pattern", "pattern", "a", "^b$").messageKey());
    assertEquals("schema.required", v("#/$defs/Axe/required", "required", "id").messageKey());
    assertEquals("schema.other", v("#/x/format", "format", "date").messageKey());
  }

  static Stream<Arguments> badParts() {
    return Stream.of(
        Arguments.of("pointer without leading slash", (Runnable) () ->
            new SchemaViolation("x", 1, 1, "#", "type", List.of())),
        Arguments.of("line 0", (Runnable) () -> new SchemaViolation("", 0, 1, "#", "type", List.of())),
        Arguments.of("column -2", (Runnable) () -> new SchemaViolation("", 1, -2, "#", "type", List.of())),
        Arguments.of("empty keyword", (Runnable) () -> new SchemaViolation("", 1, 1, "#", "", List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badParts")
  void constructor_refusesMeaninglessParts(String what, Runnable create) {
    assertThrows(IllegalArgumentException.class, create::run);
  }

  @Test
  void constructor_refusesNulls_andCopiesTheArguments() {
    assertThrows(NullPointerException.class, () -> new SchemaViolation(null, 1, 1, "#", "type", List.of()));
    assertThrows(NullPointerException.class, () -> new SchemaViolation("", 1, 1, null, "type", List.of()));
    assertThrows(NullPointerException.class, () -> new SchemaViolation("", 1, 1, "#", null, List.of()));
    assertThrows(NullPointerException.class, () -> new SchemaViolation("", 1, 1, "#", "type", null));
    assertThrows(NullPointerException.class,
        () -> new SchemaViolation("", 1, 1, "#", "type", Arrays.asList("a", null)));
    List<String> arguments = new ArrayList<>(List.of("a"));
    SchemaViolation v = new SchemaViolation("", 1, 1, "#", "required", arguments);
    arguments.add("b");
    assertEquals(List.of("a"), v.arguments());
    assertThrows(UnsupportedOperationException.class, () -> v.arguments().add("c"));
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = SchemaViolation.class.getResourceAsStream("/io/clsante/schema/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bundles_frenchAndEnglish_haveTheSameKeys_andTheSamePlaceholders() throws IOException {
    Properties fr = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    Pattern slot = Pattern.compile("\\{[^}]*}");
    for (String key : fr.stringPropertyNames()) {
      assertEquals(slots(slot.matcher(fr.getProperty(key))), slots(slot.matcher(en.getProperty(key))), key);
    }
  }

  private static Set<String> slots(Matcher m) {
    Set<String> out = new TreeSet<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyKeywordAndNamedFormatOfTheSchema_hasItsOwnMessage() throws IOException {
    Properties fr = bundle("messages.properties");
    JsonNode schema = Fixtures.schemaTree();
    Set<String> keywords = new TreeSet<>();
    collectAssertions(schema, keywords);
    for (String k : keywords) {
      assertTrue(fr.containsKey("schema." + k), () -> "no message for the keyword " + k);
    }
    for (String def : schema.get("$defs").propertyNames()) {
      if (schema.get("$defs").get(def).has("pattern")) {
        assertTrue(fr.containsKey("schema.pattern." + def), () -> "no message for the format " + def);
      }
    }
  }

  private static void collectAssertions(JsonNode node, Set<String> out) {
    Set<String> assertions = Set.of("type", "enum", "const", "pattern", "maxLength", "minLength", "minimum",
        "maximum", "exclusiveMinimum", "exclusiveMaximum", "required", "additionalProperties", "minItems",
        "maxItems", "uniqueItems", "format", "minProperties", "maxProperties", "multipleOf");
    if (node.isObject()) {
      for (String k : node.propertyNames()) {
        if (assertions.contains(k) && !(k.equals("additionalProperties") && node.get(k).isObject())) {
          out.add(k);
        }
        if (!k.equals("examples") && !k.equals("enum") && !k.equals("default")) {
          collectAssertions(node.get(k), out);
        }
      }
    } else if (node.isArray()) {
      node.values().forEach(n -> collectAssertions(n, out));
    }
  }

  @Test
  void everyViolationOfTheTable_hasAMessageWithItsArguments_inBothLanguages() throws ClsJsonException {
    for (InvalidDocuments.Case c : InvalidDocuments.all()) {
      for (SchemaViolation v : ClsSchema.standard().validate(c.document())) {
        assertFalse(v.messageKey().equals("schema.other"), () -> c + ": " + v.keyword());
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
          String m = v.message(l);
          assertFalse(m.contains("{"), () -> c + ": " + m);
          if (v.keyword().equals("required") || v.keyword().equals("additionalProperties")) {
            assertTrue(m.contains(v.arguments().get(0)), () -> c + ": " + m);
          }
        }
      }
    }
  }
}
