package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mutations of the testkit's catalog ({@code cls-testkit} {@code Mutations}) that the
 * structural pass decides, applied here to a reference example: each gives exactly the one
 * problem the catalog expects, with its rule id at its pointer, as the validator reported them
 * before the pass existed.
 */
class StructuralMutationsTest {
  private static final ClsJson JSON = ClsJson.defaults();
  private static final Path EXAMPLE = Path.of("../examples/contrats/cls-astarac-2025-2029.json");

  static Stream<Arguments> mutations() {
    return Stream.of(
        text("document-vide", "CLS-JSON-001", "", t -> new byte[0]),
        text("valeur-nan", "CLS-JSON-002", "/identifiant",
            t -> t.replaceFirst("\n  \"identifiant\": [^\n]*\n", "\n  \"identifiant\": NaN,\n").getBytes(StandardCharsets.UTF_8)),
        text("document-tronque", "CLS-JSON-002", "/identifiant", t -> {
          int i = t.indexOf("\"identifiant\": \"") + "\"identifiant\": \"".length() + 2;
          return t.substring(0, i).getBytes(StandardCharsets.UTF_8);
        }),
        text("intitule-en-latin-1", "CLS-JSON-003", "/intitule", t -> {
          int start = t.indexOf("\n  \"intitule\": ");
          int end = t.indexOf('\n', start + 1);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(t.substring(0, start).getBytes(StandardCharsets.UTF_8));
          out.writeBytes(t.substring(start, end).getBytes(StandardCharsets.ISO_8859_1));
          out.writeBytes(t.substring(end).getBytes(StandardCharsets.UTF_8));
          return out.toByteArray();
        }),
        text("cle-en-double", "CLS-JSON-004", "/identifiant", t -> {
          int start = t.indexOf("\n  \"identifiant\": ");
          int end = t.indexOf('\n', start + 1);
          return (t.substring(0, end) + t.substring(start, end) + t.substring(end)).getBytes(StandardCharsets.UTF_8);
        }),
        tree("numero-d-axe-decimal", "CLS-JSON-007", "/axes/0/numero",
            r -> obj(r, "/axes/0").put("numero", new BigDecimal(obj(r, "/axes/0").get("numero").asInt() + ".0"))),
        tree("siren-cle-fausse", "CLS-JSON-008", "/acteurs/1/siren", r -> {
          String v = obj(r, "/acteurs/1").get("siren").asString();
          obj(r, "/acteurs/1").put("siren", v.substring(0, 8) + (char) ('0' + (v.charAt(8) - '0' + 1) % 10));
        }),
        tree("nombre-trop-long", "CLS-JSON-009", "/extensions/montantBrut",
            r -> extensions(r).put("montantBrut", new BigInteger("9".repeat(41)))),
        tree("texte-trop-long", "CLS-JSON-009", "/description", r -> r.put("description", "a".repeat(100_001))),
        tree("nom-de-propriete-trop-long", "CLS-JSON-009", "/extensions", r -> extensions(r).put("n".repeat(201), true)),
        tree("imbrication-trop-profonde", "CLS-JSON-009", "/extensions" + "/a".repeat(63), r -> {
          ObjectNode o = extensions(r);
          for (int i = 0; i < 63; i++) {
            o = o.putObject("a");
          }
        }),
        tree("trop-de-proprietes", "CLS-JSON-009", "/extensions/indicateursLocaux/i10001", r -> {
          ObjectNode o = extensions(r).putObject("indicateursLocaux");
          for (int i = 1; i <= 10_001; i++) {
            o.put("i" + i, i);
          }
        }),
        tree("intitule-d-axe-absent", "CLS-SCH-001", "/axes/0", r -> obj(r, "/axes/0").remove("intitule")),
        tree("propriete-accentuee", "CLS-SCH-002", "/territoire", r -> obj(r, "/territoire").put("région", "76")),
        tree("generation-en-texte", "CLS-SCH-003", "/generation", r -> r.put("generation", "2")),
        tree("statut-inconnu", "CLS-SCH-004", "/statut", r -> r.put("statut", "EN_COURS")),
        tree("identifiant-avec-espace", "CLS-SCH-005", "/identifiant",
            r -> r.put("identifiant", "cls " + r.get("identifiant").asString())),
        tree("intitule-trop-long", "CLS-SCH-009", "/intitule",
            r -> r.put("intitule", (r.get("intitule").asString() + " " + "x".repeat(501)).substring(0, 501))),
        tree("generation-nulle", "CLS-SCH-010", "/generation", r -> r.put("generation", 0)),
        tree("millesime-trop-grand", "CLS-SCH-011", "/territoire/millesimeCog",
            r -> obj(r, "/territoire").put("millesimeCog", 2101)),
        tree("courriel-invalide", "CLS-CNT-001", "/acteurs/0/contact/courriel", r -> {
          ObjectNode a = obj(r, "/acteurs/0");
          ObjectNode c = a.get("contact") instanceof ObjectNode o ? o : a.putObject("contact");
          c.put("courriel", "courriel-invalide");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void mutation_givesTheCatalogsProblem(String name, String ruleId, String pointer, Function<String, byte[]> mutate)
      throws Exception {
    byte[] mutated = mutate.apply(Files.readString(EXAMPLE));
    JsonReading reading = JSON.check(mutated);
    assertEquals(List.of(ruleId + "@" + pointer),
        reading.problems().stream().map(p -> p.ruleId() + "@" + p.pointer()).toList(), reading.problems().toString());
    assertTrue(reading.contrat().isEmpty());
    assertTrue(reading.problems().get(0).line() > 0 || ruleId.equals("CLS-JSON-001"), reading.problems().toString());
  }

  private static Arguments text(String name, String ruleId, String pointer, Function<String, byte[]> mutate) {
    return Arguments.of(name, ruleId, pointer, mutate);
  }

  private static Arguments tree(String name, String ruleId, String pointer, java.util.function.Consumer<ObjectNode> mutate) {
    Function<String, byte[]> f = t -> {
      ObjectNode root = (ObjectNode) JSON.mapper().readTree(t);
      mutate.accept(root);
      return JSON.mapper().writeValueAsBytes(root);
    };
    return Arguments.of(name, ruleId, pointer, f);
  }

  private static ObjectNode obj(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static ObjectNode extensions(ObjectNode root) {
    return root.get("extensions") instanceof ObjectNode o ? o : root.putObject("extensions");
  }
}
