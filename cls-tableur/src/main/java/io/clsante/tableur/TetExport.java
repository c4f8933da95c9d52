package io.clsante.tableur;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.BaseTaxe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EntiteCls;
import io.clsante.model.Extensions;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.Montant;
import io.clsante.model.ObjectifSpecifique;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.PrecisionDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the plan of a contract in the Territoires en Transitions template: one sheet,
 * {@value #FEUILLE}, with the plan's title in A1, the column labels in row 2 in the template's order
 * ({@code Axe (x)} in A2), hints on the field types in row 3, and from row 4 one row per fiche
 * followed by one row per operation (its {@code Titre de la sous-action}).
 *
 * <p>Days are written as dates, coarser precisions as the format writes them ({@code 2026-T2});
 * amounts excluding VAT (or whose tax base is not given) as numbers; lists comma-separated, or one
 * item a line with "- " bullets when an item holds a comma. A fiche's title is its code and its
 * title ({@code FA 1.2 - Former des secouristes}), an axis's its number and title
 * ({@code Axe 1. Accès aux soins}), so that {@link TetImport} reads them back. The columns that name
 * people are left empty: the export writes the {@linkplain ContratLocalDeSante#redacted() redacted
 * copy}. What the template cannot hold is listed in {@code docs/tableur.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TetExport {
  /** The name of the data sheet. */
  public static final String FEUILLE = "Fichier dimport";
  /** How the template names the contract itself as a lead or a funder. */
  static final String CONTRAT = "Contrat local de santé";
  /** How the template names the contract's coordination as a lead or a funder. */
  static final String COORDINATION = "Coordination du CLS";

  private TetExport() {}

  /**
   * Writes the workbook.
   *
   * @param contrat the contract
   * @param out where the XLSX goes; not closed
   * @throws IOException if it cannot be written
   */
  public static void ecrire(ContratLocalDeSante contrat, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    ContratLocalDeSante c = contrat.redacted();
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      new Ecriture(c, wb).feuille();
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  /**
   * Returns the workbook as bytes.
   *
   * @param contrat the contract
   * @return the XLSX
   */
  public static byte[] enOctets(ContratLocalDeSante contrat) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ecrire(contrat, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The writing of one workbook. */
  private static final class Ecriture {
    private final ContratLocalDeSante contrat;
    private final SXSSFWorkbook wb;
    private final CellStyle date;
    private final Map<String, String> noms;
    private Sheet sheet;
    private int ligne;

    Ecriture(ContratLocalDeSante contrat, SXSSFWorkbook wb) {
      this.contrat = contrat;
      this.wb = wb;
      this.date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      // An actor is written by its name, or by its id when another actor has the same name.
      Map<String, Long> memesNoms = contrat.acteurs().stream()
          .collect(Collectors.groupingBy(a -> Colonne.normaliser(a.nom()), Collectors.counting()));
      this.noms = contrat.acteurs().stream().collect(Collectors.toMap(Acteur::id,
          a -> memesNoms.get(Colonne.normaliser(a.nom())) > 1 ? a.id() : a.nom(), (a, b) -> a));
    }

    void feuille() {
      sheet = wb.createSheet(FEUILLE);
      sheet.createRow(0).createCell(0).setCellValue(contrat.intitule());
      Row libelles = sheet.createRow(1);
      Row indications = sheet.createRow(2);
      for (Colonne c : Colonne.values()) {
        libelles.createCell(c.ordinal()).setCellValue(c.libelle());
        indications.createCell(c.ordinal()).setCellValue(c.indication());
      }
      ligne = 3;
      for (Axe axe : contrat.axes()) {
        String texteAxe = "Axe " + axe.numero() + ". " + axe.intitule();
        Map<String, String> objectifs = new java.util.HashMap<>();
        for (ObjectifStrategique os : axe.objectifsStrategiques()) {
          String texte = os.numero().map(n -> n + " : " + os.intitule()).orElse(os.intitule());
          os.id().ifPresent(id -> objectifs.put(id, texte));
          Map<Colonne, Object> r = new EnumMap<>(Colonne.class);
          r.put(Colonne.AXE, texteAxe);
          r.put(Colonne.SOUS_AXE, texte);
          ecrire(r);
        }
        if (axe.objectifsStrategiques().isEmpty() && axe.fiches().isEmpty()) {
          ecrire(new EnumMap<>(Map.of(Colonne.AXE, texteAxe)));
        }
        for (FicheAction f : axe.fiches()) {
          Map<Colonne, Object> r = new EnumMap<>(Colonne.class);
          r.put(Colonne.AXE, texteAxe);
          f.objectifStrategique().map(objectifs::get).ifPresent(t -> r.put(Colonne.SOUS_AXE, t));
          String titre = f.code() + " - " + f.intitule();
          r.put(Colonne.TITRE_ACTION, titre);
          f.description().ifPresent(d -> r.put(Colonne.DESCRIPTIF, d));
          objectifs(f).ifPresent(o -> r.put(Colonne.OBJECTIFS, o));
          liste(f.indicateurs().stream().filter(i -> i.operation().isEmpty()).map(Indicateur::libelle).toList())
              .ifPresent(t -> r.put(Colonne.INDICATEURS, t));
          intervenants(r, f.porteurs(), f.partenaires());
          financements(r, f.financements());
          f.budgetPrevisionnel().flatMap(TetExport::montantHt).ifPresent(m -> r.put(Colonne.BUDGET, m));
          f.statut().map(Valeurs.LIBELLES_STATUTS::get).ifPresent(s -> r.put(Colonne.STATUT, s));
          f.priorite().map(Valeurs.LIBELLES_PRIORITES::get).ifPresent(p -> r.put(Colonne.PRIORITE, p));
          calendrier(r, f.calendrier());
          extension(r, f.extensions());
          ecrire(r);
          for (Operation o : f.operations()) {
            Map<Colonne, Object> ro = new EnumMap<>(Colonne.class);
            ro.put(Colonne.AXE, texteAxe);
            f.objectifStrategique().map(objectifs::get).ifPresent(t -> ro.put(Colonne.SOUS_AXE, t));
            ro.put(Colonne.TITRE_ACTION, titre);
            ro.put(Colonne.TITRE_SOUS_ACTION, o.intitule());
            o.description().ifPresent(d -> ro.put(Colonne.DESCRIPTIF, d));
            liste(f.indicateurs().stream().filter(i -> i.operation().equals(Optional.of(o.id())))
                .map(Indicateur::libelle).toList()).ifPresent(t -> ro.put(Colonne.INDICATEURS, t));
            intervenants(ro, o.porteurs(), o.partenaires());
            financements(ro, o.financements());
            o.budget().flatMap(TetExport::montantHt).ifPresent(m -> ro.put(Colonne.BUDGET, m));
            o.statut().map(Valeurs.LIBELLES_STATUTS::get).ifPresent(s -> ro.put(Colonne.STATUT, s));
            calendrier(ro, o.calendrier());
            extension(ro, o.extensions());
            ecrire(ro);
          }
        }
      }
    }

    private void intervenants(Map<Colonne, Object> r, List<Intervenant> porteurs, List<Intervenant> partenaires) {
      liste(porteurs.stream().map(this::nom).toList()).ifPresent(t -> r.put(Colonne.STRUCTURE_PILOTE, t));
      porteurs.stream().findFirst().flatMap(Intervenant::service).ifPresent(s -> r.put(Colonne.SERVICE_PILOTE, s));
      liste(partenaires.stream().map(this::nom).toList()).ifPresent(t -> r.put(Colonne.PARTENAIRES, t));
    }

    private void financements(Map<Colonne, Object> r, List<Financement> financements) {
      List<Colonne[]> paires = List.of(new Colonne[] {Colonne.FINANCEUR_1, Colonne.MONTANT_1},
          new Colonne[] {Colonne.FINANCEUR_2, Colonne.MONTANT_2}, new Colonne[] {Colonne.FINANCEUR_3, Colonne.MONTANT_3});
      int k = 0;
      for (Financement f : financements) {
        Optional<String> financeur = f.financeur().map(this::nom);
        Optional<BigDecimal> montant = f.montant().flatMap(TetExport::montantHt);
        if (k >= paires.size() || financeur.isEmpty() && montant.isEmpty()) {
          continue;
        }
        Colonne[] p = paires.get(k++);
        financeur.ifPresent(n -> r.put(p[0], n));
        montant.ifPresent(m -> r.put(p[1], m));
      }
    }

    private void calendrier(Map<Colonne, Object> r, Optional<Periode> calendrier) {
      calendrier.ifPresent(p -> {
        r.put(Colonne.DATE_DEBUT, p.debut());
        p.fin().ifPresent(f -> r.put(Colonne.DATE_FIN, f));
        p.libelle().ifPresent(l -> r.put(Colonne.CALENDRIER, l));
      });
    }

    private void extension(Map<Colonne, Object> r, Optional<Extensions> extensions) {
      Optional<JsonNode> ext = extensions.flatMap(e -> e.getJson(Colonne.EXTENSION)).map(JsonMapper.shared()::readTree);
      if (ext.isEmpty()) {
        return;
      }
      for (Colonne c : Colonne.values()) {
        JsonNode v = c.extension() == null ? null : ext.get().get(c.extension());
        if (v != null && v.isString() && !r.containsKey(c)) {
          r.put(c, v.asString());
        }
      }
      JsonNode objectifs = ext.get().get("objectifs");
      if (objectifs != null && objectifs.isString() && !r.containsKey(Colonne.OBJECTIFS)) {
        r.put(Colonne.OBJECTIFS, objectifs.asString());
      }
      JsonNode service = ext.get().get("directionOuServicePilote");
      if (service != null && service.isString() && !r.containsKey(Colonne.SERVICE_PILOTE)) {
        r.put(Colonne.SERVICE_PILOTE, service.asString());
      }
    }

    private String nom(Intervenant i) {
      if (i.acteur().isPresent()) {
        return noms.getOrDefault(i.acteur().get(), i.acteur().get());
      }
      if (i.cls().isPresent()) {
        return i.cls().get() == EntiteCls.CONTRAT ? CONTRAT : COORDINATION;
      }
      return i.libelle().orElse("");
    }

    private void ecrire(Map<Colonne, Object> valeurs) {
      Row row = sheet.createRow(ligne++);
      valeurs.forEach((colonne, v) -> {
        Cell cell = row.createCell(colonne.ordinal());
        if (v instanceof BigDecimal n) {
          cell.setCellValue(n.doubleValue());
        } else if (v instanceof DateCalendaire d && d.precision() == PrecisionDate.JOUR) {
          cell.setCellValue(d.premierJour());
          cell.setCellStyle(date);
        } else {
          cell.setCellValue(v.toString());
        }
      });
    }
  }

  /** An amount the template's {@code € HT} columns can hold: one value, excluding VAT or of no stated tax base. */
  static Optional<BigDecimal> montantHt(Montant m) {
    return m.valeur().filter(v -> m.taxe().map(t -> t == BaseTaxe.HT).orElse(true));
  }

  /** Writes the objectives tree in the form the import reads. */
  static Optional<String> objectifs(FicheAction f) {
    List<String> lignes = new ArrayList<>();
    f.objectifGeneral().ifPresent(o -> lignes.add("Objectif général : " + o));
    for (int i = 0; i < f.objectifsOperationnels().size(); i++) {
      lignes.add("Objectif opérationnel " + (i + 1) + " : " + f.objectifsOperationnels().get(i));
    }
    for (int s = 0; s < f.objectifsSpecifiques().size(); s++) {
      ObjectifSpecifique os = f.objectifsSpecifiques().get(s);
      lignes.add("Objectif spécifique " + (s + 1) + " : " + os.libelle());
      for (int o = 0; o < os.objectifsOperationnels().size(); o++) {
        lignes.add("Objectif opérationnel " + (s + 1) + "." + (o + 1) + " : " + os.objectifsOperationnels().get(o));
      }
    }
    return lignes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lignes));
  }

  /** A list as the import reads it back: comma-separated, or "- " bullets when an item holds a separator. */
  static Optional<String> liste(List<String> elements) {
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    boolean simple = elements.stream().noneMatch(e -> e.matches("(?s).*[,;\\n].*|^([-•*]|\\d+[.)])\\s.*"));
    Function<String, String> puce = e -> "- " + e;
    return Optional.of(simple ? String.join(", ", elements)
        : elements.stream().map(puce).collect(Collectors.joining("\n")));
  }
}
