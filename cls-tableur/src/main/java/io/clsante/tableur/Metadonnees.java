package io.clsante.tableur;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.JsonReading;
import io.clsante.model.json.StructuralProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the template does not hold and an import needs to make a complete contract: the contract's
 * identifier and title, its nature and status, its period, territory, actors and signatories.
 *
 * <p>A metadata file is a CLS JSON document of the current format in which every property may be
 * left out: {@code {"identifiant": "cls-exemple-2026", "territoire": {…}, "acteurs": […],
 * "signataires": […]}}. What it leaves out of the required properties is filled so that the contract
 * can be built ({@code identifiant} {@value #IDENTIFIANT}, {@code nature} CLS, {@code statut}
 * EN_ELABORATION, an empty {@code territoire}, the plan's title as {@code intitule}) and named in the
 * import report; the validation of the result then says what is still missing. The plan's axes come
 * from the spreadsheet: axes in the metadata are ignored (reported). Its actors are recognised in the
 * lead-structure, partner and funder columns by name, acronym or id. Immutable and thread-safe.
 */
public final class Metadonnees {
  /** The identifier of a contract whose metadata give none. */
  public static final String IDENTIFIANT = "plan-importe";

  private static final Map<String, JsonNode> DEFAUTS = defauts();

  private final ContratLocalDeSante contrat;
  private final Set<String> absentes;

  private Metadonnees(ContratLocalDeSante contrat, Set<String> absentes) {
    this.contrat = contrat;
    this.absentes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(absentes));
  }

  private static Map<String, JsonNode> defauts() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Map<String, JsonNode> d = new LinkedHashMap<>();
    d.put("identifiant", f.stringNode(IDENTIFIANT));
    d.put("intitule", f.stringNode("Plan d'action"));
    d.put("nature", f.stringNode("CLS"));
    d.put("statut", f.stringNode("EN_ELABORATION"));
    d.put("periode", null);
    d.put("territoire", f.objectNode());
    d.put("signataires", null);
    return d;
  }

  /**
   * Returns metadata that give nothing: every required property takes its placeholder.
   *
   * @return the empty metadata
   */
  public static Metadonnees aucune() {
    return lire("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Takes the metadata from a contract; its properties are all present.
   *
   * @param contrat the contract whose identity, territory, actors and signatories the import keeps
   * @return the metadata
   */
  public static Metadonnees of(ContratLocalDeSante contrat) {
    Objects.requireNonNull(contrat, "contrat");
    Set<String> absentes = new java.util.LinkedHashSet<>();
    if (contrat.periode().isEmpty()) {
      absentes.add("periode");
    }
    if (contrat.signataires().isEmpty()) {
      absentes.add("signataires");
    }
    return new Metadonnees(contrat, absentes);
  }

  /**
   * Reads a metadata file: a CLS JSON document in which every property may be left out.
   *
   * @param json the document, UTF-8
   * @return the metadata
   * @throws TableurException if the text is not a JSON object, or what it gives breaks the format
   *     (every problem is named with its JSON Pointer)
   */
  public static Metadonnees lire(byte[] json) {
    JsonNode lu;
    try {
      lu = ClsJson.defaults().readTree(json);
    } catch (ClsJsonException e) {
      throw new TableurException(e, "meta.json", e.getMessage());
    }
    if (!(lu instanceof ObjectNode objet)) {
      throw new TableurException("meta.objet");
    }
    ObjectNode complet = objet.deepCopy();
    if (!complet.has("formatVersion")) {
      complet.put("formatVersion", io.clsante.model.VersionFormat.CURRENT.toString());
    }
    Set<String> absentes = new java.util.LinkedHashSet<>();
    DEFAUTS.forEach((nom, defaut) -> {
      JsonNode v = complet.get(nom);
      if (v == null || v.isNull() || v.isArray() && v.isEmpty()) {
        absentes.add(nom);
        if (defaut != null) {
          complet.set(nom, defaut.deepCopy());
        }
      }
    });
    JsonReading reading = ClsJson.defaults().check(complet);
    if (reading.contrat().isEmpty()) {
      List<StructuralProblem> problemes = reading.problems();
      String liste = problemes.stream().limit(5)
          .map(p -> (p.pointer().isEmpty() ? "/" : p.pointer()) + " : " + p.message(Locale.FRENCH))
          .collect(Collectors.joining(" ; "));
      throw new TableurException("meta.invalides", liste);
    }
    return new Metadonnees(reading.contrat().get().toCurrentVersion(), absentes);
  }

  /**
   * Returns the contract the metadata describe, with placeholders for what they leave out and
   * with the axes it may give, which an import replaces by the plan's.
   *
   * @return the contract
   */
  public ContratLocalDeSante contrat() {
    return contrat;
  }

  /**
   * Returns the required or expected properties the metadata leave out, by their JSON names.
   *
   * @return for example {@code [identifiant, territoire, signataires]}
   */
  public Set<String> absentes() {
    return absentes;
  }
}
