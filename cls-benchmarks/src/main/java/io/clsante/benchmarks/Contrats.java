package io.clsante.benchmarks;

import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic contracts of any number of fiches, for benchmarks: a small valid contract (the one
 * the rule tests use) whose two fiches serve as templates, replicated with distinct ids, codes,
 * amounts, calendars and indicator values over five axes until the contract has the size asked.
 *
 * <p>The same size always gives the same bytes, written canonically by {@link ClsJson}; every
 * contract is valid for {@link #REFERENCE_DATE} (no ERROR finding), so a benchmark of the full
 * validation runs every stage.
 */
public final class Contrats {
  /** The reference date the benchmarks validate at, so that time-dependent rules are stable. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 22);

  private static final String BASE = "contrat-base.json";
  private static final int AXES = 5;
  private static final String[] THEMATIQUES = {
    "ACCES_SOINS", "SANTE_MENTALE", "PREVENTION_PROMOTION_SANTE", "SANTE_ENVIRONNEMENTALE", "PARCOURS"
  };
  private static final String[][] CALENDRIERS = {
    {"2026", "2029", null},
    {"2026-T4", null, "Dernier trimestre 2026"},
    {"2027-S1", "2028-S2", null},
    {"2026-03", "2026-12", "De mars à décembre 2026"},
    {"2027", null, "Pas avant 2027"},
  };
  private static final String[] PUBLICS = {
    "PROFESSIONNELS_SANTE", "JEUNES", "PERSONNES_AGEES", "ELUS", "TOUT_PUBLIC"
  };
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Contrats() {}

  /**
   * Returns a contract of {@code fiches} fiches actions as canonical UTF-8 JSON.
   *
   * @param fiches the number of fiches, at least 1
   * @return the bytes, the same for the same number
   */
  public static byte[] ofFiches(int fiches) {
    return ofFiches(fiches, 0);
  }

  /**
   * Returns a contract of {@code fiches} fiches actions, the {@code variant}-th of that size: its
   * identifier, titles and amounts differ from the other variants, its structure does not.
   *
   * @param fiches the number of fiches, at least 1
   * @param variant any number; 0 gives {@link #ofFiches(int)}
   * @return the bytes, the same for the same arguments
   */
  public static byte[] ofFiches(int fiches, int variant) {
    if (fiches < 1) {
      throw new IllegalArgumentException("at least one fiche expected, got " + fiches);
    }
    ObjectNode contrat = base();
    ArrayNode axes = (ArrayNode) contrat.get("axes");
    ObjectNode pleine = (ObjectNode) axes.get(0).get("fiches").get(0);
    ObjectNode courte = (ObjectNode) axes.get(1).get("fiches").get(0);
    if (variant != 0) {
      contrat.put("identifiant", "cls-val-de-gers-2025-v" + variant);
      contrat.put("intitule", contrat.get("intitule").asString() + " — variante " + variant);
    }
    ArrayNode nouveaux = MAPPER.createArrayNode();
    int[] parAxe = new int[AXES];
    for (int a = 0; a < AXES; a++) {
      ObjectNode axe = MAPPER.createObjectNode();
      axe.put("id", "axe-" + (a + 1));
      axe.put("numero", a + 1);
      axe.put("intitule", "Axe " + (a + 1) + " : " + THEMATIQUES[a].toLowerCase().replace('_', ' '));
      axe.putArray("thematiques").add(THEMATIQUES[a]);
      axe.putArray("fiches");
      nouveaux.add(axe);
    }
    for (int i = 0; i < fiches; i++) {
      int a = i % AXES;
      int k = ++parAxe[a];
      ObjectNode fiche = (i % 2 == 0 ? pleine : courte).deepCopy();
      personalise(fiche, a + 1, k, i, variant);
      ((ArrayNode) nouveaux.get(a).get("fiches")).add(fiche);
    }
    for (int a = AXES - 1; a >= 0; a--) {
      if (parAxe[a] == 0) {
        nouveaux.remove(a);
      }
    }
    contrat.set("axes", nouveaux);
    try {
      // Through the model and back: the bytes are canonical, and a fixture that stopped binding
      // would fail here rather than in a benchmark.
      return ClsJson.defaults().writeBytes(ClsJson.defaults().read(MAPPER.writeValueAsBytes(contrat)));
    } catch (ClsJsonException e) {
      throw new IllegalStateException("generated contract does not bind: " + e.getMessage(), e);
    }
  }

  private static void personalise(ObjectNode fiche, int axe, int k, int i, int variant) {
    String suffix = axe + "-" + k;
    fiche.put("id", "fa-" + suffix);
    fiche.put("code", "FA " + axe + "." + k);
    fiche.put("intitule", fiche.get("intitule").asString() + " (" + axe + "." + k + ")");
    String[] cal = CALENDRIERS[i % CALENDRIERS.length];
    ObjectNode calendrier = MAPPER.createObjectNode();
    calendrier.put("debut", cal[0]);
    if (cal[1] != null) {
      calendrier.put("fin", cal[1]);
    }
    if (cal[2] != null && cal[2].startsWith("Pas avant")) {
      calendrier.put("pasAvant", true);
    }
    if (cal[2] != null) {
      calendrier.put("libelle", cal[2]);
    }
    fiche.set("calendrier", calendrier);
    ArrayNode publics = fiche.putArray("publicsCibles");
    publics.addObject().put("type", PUBLICS[i % PUBLICS.length]);
    JsonNode operations = fiche.get("operations");
    if (operations != null) {
      int n = 0;
      for (JsonNode op : operations.values()) {
        ObjectNode o = (ObjectNode) op;
        o.put("id", "op-" + suffix + "-" + (++n));
        ((ObjectNode) o.get("budget")).put("valeur", 1000 + 10 * (i % 50) + variant);
      }
    }
    JsonNode financements = fiche.get("financements");
    if (financements != null) {
      for (JsonNode f : financements.values()) {
        JsonNode montant = f.get("montant");
        if (montant != null) {
          ((ObjectNode) montant).put("valeur", 500 + 25 * (i % 40));
        }
      }
      ((ObjectNode) fiche.get("budgetPrevisionnel")).put("valeur", 3000 + 100 * (i % 20));
    }
    char letter = 'a';
    for (JsonNode ind : fiche.get("indicateurs").values()) {
      ObjectNode o = (ObjectNode) ind;
      o.put("id", "ind-" + suffix + "-" + letter++);
      for (JsonNode v : o.get("valeurs").values()) {
        if (v.has("nombre")) {
          int base = v.get("nombre").asInt();
          int value = "%".equals(o.path("unite").asString()) ? Math.min(100, base + i % 30) : base + i % 17;
          ((ObjectNode) v).put("nombre", value);
        }
      }
    }
  }

  private static ObjectNode base() {
    try (InputStream in = Contrats.class.getResourceAsStream(BASE)) {
      if (in == null) {
        throw new IllegalStateException(BASE + " missing from the benchmarks jar");
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
