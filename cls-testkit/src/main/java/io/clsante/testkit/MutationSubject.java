package io.clsante.testkit;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract a {@link Mutation} changes, as its model, its canonical JSON text and a JSON tree of
 * that text that the mutation may modify. One per application of a mutation.
 */
final class MutationSubject {
  private static final ClsJson JSON = ClsJson.defaults();

  private final ContratLocalDeSante contrat;
  private final Mutation mutation;
  private final byte[] canonical;
  private ObjectNode tree;

  MutationSubject(ContratLocalDeSante contrat, Mutation mutation) {
    this.contrat = contrat;
    this.mutation = mutation;
    this.canonical = JSON.writeBytes(contrat);
  }

  ContratLocalDeSante contrat() {
    return contrat;
  }

  String text() {
    return new String(canonical, StandardCharsets.UTF_8);
  }

  byte[] bytes() {
    return canonical.clone();
  }

  /** The tree of the canonical text; the mutation changes it in place. */
  ObjectNode tree() {
    if (tree == null) {
      tree = (ObjectNode) JSON.mapper().readTree(canonical);
    }
    return tree;
  }

  ObjectNode object(String pointer) {
    return (ObjectNode) tree().at(pointer);
  }

  ArrayNode array(String pointer) {
    return (ArrayNode) tree().at(pointer);
  }

  JsonNode at(String pointer) {
    return tree().at(pointer);
  }

  /** The changed tree, written as the library writes documents (indented, so findings get lines). */
  Optional<Mutant> changed(String pointer) {
    byte[] body = JSON.mapper().writeValueAsBytes(tree());
    byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
    out[body.length] = '\n';
    return Optional.of(new Mutant(mutation, out, pointer));
  }

  Optional<Mutant> changed(byte[] bytes, String pointer) {
    return Optional.of(new Mutant(mutation, bytes, pointer));
  }

  Optional<Acteur> acteur(String id) {
    return contrat.acteurs().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  int indexOfActeur(String id) {
    for (int i = 0; i < contrat.acteurs().size(); i++) {
      if (contrat.acteurs().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
