package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The schema and the Java model are one source of truth: the reflective comparison finds no drift,
 * and it does find each kind of drift when a copy of the schema is changed.
 */
class SchemaModelAgreementTest {

  @Test
  void publishedSchema_hasNoDriftFromTheModel() {
    List<String> drifts = SchemaModelComparison.drifts(Fixtures.schemaTree());
    assertEquals(List.of(), drifts, () -> String.join("\n", drifts));
  }

  static Stream<Arguments> drifts() {
    return Stream.of(
        drift("a property renamed", "Acteur.nom: property of the model missing from the schema", s -> {
          ObjectNode props = props(s, "Acteur");
          JsonNode nom = props.remove("nom");
          props.set("nomm", nom);
          replaceRequired(s, "Acteur", "nom", "nomm");
        }),
        drift("a property renamed, seen from the schema side", "Acteur.nomm: property of the schema not in the model", s -> {
          ObjectNode props = props(s, "Acteur");
          props.set("nomm", props.remove("nom"));
          replaceRequired(s, "Acteur", "nom", "nomm");
        }),
        drift("a required entry dropped", "ContratLocalDeSante.intitule: required by the model, not by the schema",
            s -> removeRequired(s, "ContratLocalDeSante", "intitule")),
        drift("an optional property made required", "Axe.description: required by the schema, not by the model",
            s -> ((ArrayNode) def(s, "Axe").get("required")).add("description")),
        drift("an enum value added", "TypeActeur: enum",
            s -> ((ArrayNode) def(s, "TypeActeur").get("enum")).add("INCONNU")),
        drift("enum values reordered", "Priorite: enum", s -> {
          ArrayNode values = (ArrayNode) def(s, "Priorite").get("enum");
          JsonNode first = values.remove(0);
          values.add(first);
        }),
        drift("an enum value removed", "StatutFiche: enum",
            s -> ((ArrayNode) def(s, "StatutFiche").get("enum")).remove(0)),
        drift("a property removed", "FicheAction.priorite: property of the model missing from the schema",
            s -> props(s, "FicheAction").remove("priorite")),
        drift("a property added", "Avenant.motif: property of the schema not in the model",
            s -> props(s, "Avenant").set("motif", props(s, "Avenant").get("objet").deepCopy())),
        drift("a type changed", "Axe.numero: type integer expected",
            s -> ((ObjectNode) props(s, "Axe").get("numero")).put("type", "string")),
        drift("an item type changed", "FicheAction.porteurs[]: $ref #/$defs/IdentifiantLocal expected",
            s -> ((ObjectNode) props(s, "FicheAction").get("porteurs").get("items"))
                .put("$ref", "#/$defs/CodeCommune")),
        drift("a maximum length changed", "Acteur.nom: maxLength 500 expected",
            s -> ((ObjectNode) props(s, "Acteur").get("nom")).put("maxLength", 400)),
        drift("a minimum dropped", "Axe.numero: minimum 1 expected",
            s -> ((ObjectNode) props(s, "Axe").get("numero")).remove("minimum")),
        drift("a constraint the model lacks", "Montant.valeur: minimum 0 has no Jakarta constraint",
            s -> ((ObjectNode) props(s, "Montant").get("valeur")).put("minimum", 0)),
        drift("a non-blank pattern dropped", "FicheAction.code: pattern [^\\u0000-\\u0020] expected",
            s -> ((ObjectNode) props(s, "FicheAction").get("code")).remove("pattern")),
        drift("an identifier pattern loosened", "Siren: pattern ^[0-9]{8,9}$ accepts what the model refuses",
            s -> def(s, "Siren").put("pattern", "^[0-9]{8,9}$")),
        drift("an identifier pattern unanchored", "CodeRegion: pattern [0-9]{2} accepts what the model refuses",
            s -> def(s, "CodeRegion").put("pattern", "[0-9]{2}")),
        drift("a date pattern that forgets leap years", "LocalDate: pattern",
            s -> def(s, "LocalDate").put("pattern", "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$")),
        drift("the local id pattern changed", "IdentifiantLocal: pattern ^[A-Za-z0-9][A-Za-z0-9_.-]*$ expected",
            s -> def(s, "IdentifiantLocal").put("pattern", "^[a-z0-9][a-z0-9_.-]*$")),
        drift("an object opened", "Montant: additionalProperties false expected",
            s -> def(s, "Montant").remove("additionalProperties")),
        drift("a type definition removed", "$defs/Population: missing",
            s -> ((ObjectNode) s.get("$defs")).remove("Population")),
        drift("a definition the model lacks", "$defs/Personne: no such type in the model",
            s -> ((ObjectNode) s.get("$defs")).set("Personne", def(s, "Contact").deepCopy())),
        drift("properties reordered", "Montant: properties in the order", s -> {
          ObjectNode props = props(s, "Montant");
          props.set("valeur", props.remove("valeur"));
        }),
        drift("a description removed", "Periode.libelle: French description missing",
            s -> ((ObjectNode) props(s, "Periode").get("libelle")).remove("description")),
        drift("a default removed", "Indicateur.frequence: default of the model not given",
            s -> ((ObjectNode) props(s, "Indicateur").get("frequence")).remove("default")),
        drift("a version the reader refuses", "VersionFormat: enum [1.0] expected",
            s -> ((ArrayNode) def(s, "VersionFormat").get("enum")).add("1.1")),
        drift("a code label missing from the description", "NatureContrat: description does not give the label of CLS",
            s -> def(s, "NatureContrat").set("description", StringNode.valueOf("Nature du contrat."))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drifts")
  void comparison_reportsADriftedCopyOfTheSchema(String what, String expected, Consumer<ObjectNode> mutation) {
    ObjectNode copy = (ObjectNode) Fixtures.schemaTree().deepCopy();
    mutation.accept(copy);
    List<String> drifts = SchemaModelComparison.drifts(copy);
    assertTrue(drifts.stream().anyMatch(d -> d.contains(expected)),
        () -> what + ": expected a drift containing «" + expected + "», got:\n" + String.join("\n", drifts));
  }

  private static Arguments drift(String what, String expected, Consumer<ObjectNode> mutation) {
    return Arguments.of(what, expected, mutation);
  }

  private static ObjectNode def(ObjectNode schema, String name) {
    return (ObjectNode) schema.get("$defs").get(name);
  }

  private static ObjectNode props(ObjectNode schema, String name) {
    return (ObjectNode) def(schema, name).get("properties");
  }

  private static void removeRequired(ObjectNode schema, String def, String property) {
    ArrayNode required = (ArrayNode) def(schema, def).get("required");
    for (int i = 0; i < required.size(); i++) {
      if (required.get(i).asString("").equals(property)) {
        required.remove(i);
        return;
      }
    }
    throw new IllegalStateException(def + " does not require " + property);
  }

  private static void replaceRequired(ObjectNode schema, String def, String from, String to) {
    removeRequired(schema, def, from);
    ((ArrayNode) def(schema, def).get("required")).add(to);
  }
}
