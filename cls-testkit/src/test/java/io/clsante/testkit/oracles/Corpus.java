package io.clsante.testkit.oracles;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratGenere;
import io.clsante.testkit.ContratsDeReference;
import io.clsante.testkit.Mutation;
import io.clsante.testkit.MutationTally;
import io.clsante.testkit.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents the engines are compared on, by name; a name says how to make the document again
 * (the seed and size of a generated contract, the mutation or change applied, the corpus file):
 * the reference examples, generated contracts, a mutation of the testkit's catalog on each of
 * other generated contracts, seeded one-value changes of generated documents, contracts changed in
 * code ({@link ModelMutations}) and written, every file of the fuzz tests' committed corpora, and
 * the example of each row of {@link Differences#TABLE}.
 */
final class Corpus {
  static final long GENERATED = 6_000_000;
  static final long MUTATED = 4_000_000;
  static final long CHANGED = 7_000_000;
  static final long MODEL = 8_000_000;
  static final long DIFFERENCES = 9_000_000;

  /** The fuzz tests' committed inputs, each one a document to the engines. */
  static final Path FUZZ_CORPUS = Path.of("src", "test", "resources", "io", "clsante", "testkit", "fuzz");

  private static final ContratGenerator GENERATOR = ContratGenerator.standard();

  private final Map<String, byte[]> documents = new LinkedHashMap<>();
  private final MutationTally applied = new MutationTally();

  /**
   * Builds the corpus.
   *
   * @param generated how many generated contracts, valid as they are
   * @param mutated how many generated contracts with a mutation of the catalog each
   * @param changed how many generated contracts changed in {@code changesEach} ways, one at a time
   * @param changesEach how many one-value changes of each
   * @param model how many generated contracts changed in code by two model mutations each
   * @throws java.io.UncheckedIOException if the fuzz corpora cannot be read
   */
  Corpus(int generated, int mutated, int changed, int changesEach, int model) {
    for (String nom : ContratsDeReference.noms()) {
      documents.put("exemple " + nom, ContratsDeReference.json(nom));
    }
    for (int i = 0; i < generated; i++) {
      ContratGenere cas = generate(GENERATED, i, 6);
      documents.put("généré " + cas, cas.json());
    }
    List<Mutation> catalog = Mutations.catalog();
    for (int i = 0; i < mutated; i++) {
      // Case i applies mutation i of the catalog (or the next that fits), at a size that moves on by
      // one at each pass over the catalog, whatever the catalog's length: each mutation meets every
      // size in six passes.
      int taille = 1 + (i % catalog.size() + i / catalog.size()) % 6;
      ContratGenere cas = new ContratGenere(MUTATED + i, taille, GENERATOR.generate(MUTATED + i, taille));
      MutationTally.Applied a = applied.apply(catalog, cas, MUTATED);
      documents.put("mutant " + cas + " " + a.mutation().nom(), a.mutant().json());
    }
    for (int i = 0; i < changed; i++) {
      ContratGenere cas = generate(CHANGED, i, 4);
      Random random = new Random(cas.graine());
      for (OneValueChanges.Change c : OneValueChanges.of(JacksonOracle.MAPPER.readTree(cas.json()), random, changesEach)) {
        documents.put("changé " + cas + " : " + c.description(), c.json());
      }
    }
    for (int i = 0; i < model; i++) {
      ContratGenere cas = generate(MODEL, i, 4);
      for (int k = 0; k < 2; k++) {
        ModelMutations.ModelMutation m = ModelMutations.ALL.get((i + k) % ModelMutations.ALL.size());
        ContratLocalDeSante contrat = m.change().apply(cas.contrat());
        documents.put("modèle " + cas + " : " + m, ClsJson.defaults().writeBytes(contrat));
      }
    }
    addFuzzCorpus();
    ObjectNode base = (ObjectNode) JacksonOracle.MAPPER.readTree(generate(DIFFERENCES, 0, 3).json());
    for (Differences.Difference row : Differences.TABLE) {
      ObjectNode example = base.deepCopy();
      set(example, row.example(), JacksonOracle.MAPPER.readTree(row.exampleValue()));
      documents.put("écart " + row.cas() + " : " + row.example(), JacksonOracle.MAPPER.writeValueAsBytes(example));
    }
  }

  /** Sets a value at a pointer whose parent exists. */
  static void set(JsonNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last.replace("~1", "/").replace("~0", "~"), value);
    }
  }

  /** Case {@code i} of a series: seed {@code first + i}, size {@code 1 + i % sizes}. */
  static ContratGenere generate(long first, int i, int sizes) {
    int taille = 1 + i % sizes;
    return new ContratGenere(first + i, taille, GENERATOR.generate(first + i, taille));
  }

  private void addFuzzCorpus() {
    try (Stream<Path> files = Files.walk(FUZZ_CORPUS)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (documents.values().stream().noneMatch(d -> Arrays.equals(d, bytes))) {
          documents.put("corpus " + FUZZ_CORPUS.relativize(file), bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents by name, in the order they were made. */
  Map<String, byte[]> documents() {
    return documents;
  }

  /** How often each mutation of the catalog was applied. */
  MutationTally applied() {
    return applied;
  }
}
