package io.clsante.tableur;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.CodeList;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.EntiteCls;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.Montant;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the fiches and operations of a contract as CSV for open data: one row per fiche, then one
 * row per operation of it, with the {@linkplain #COLONNES documented columns}; UTF-8 with a byte
 * order mark, so that spreadsheet programs read the accents, comma-separated, every field quoted as RFC 4180
 * says. Only the {@linkplain ContratLocalDeSante#redacted() redacted copy} is written: no column holds
 * personal data. Code-list values are written as their codes ({@code EN_COURS}), dates as the format
 * writes them ({@code 2026-T2}), amounts as plain numbers with a point.
 *
 * <p>Stateless and thread-safe.
 */
public final class FichesCsv {
  /**
   * The columns, in order: {@code contrat} (its identifiant), {@code type} ({@code fiche} or
   * {@code operation}), {@code axe} (number), {@code axe_intitule}, {@code fiche} (the fiche's code),
   * {@code id} (the local id of the fiche or operation), {@code intitule}, {@code description},
   * {@code statut}, {@code priorite} (fiches only), {@code porteurs} and {@code partenaires} (names,
   * separated by {@code " ; "}), {@code debut}, {@code fin}, {@code calendrier} (the calendar's
   * wording), {@code budget}, {@code budget_taxe} ({@code HT} or {@code TTC}), {@code financeurs}
   * (names), {@code montant_finance} (the sum of the fundings' single amounts) and
   * {@code indicateurs} (labels).
   */
  public static final List<String> COLONNES = List.of("contrat", "type", "axe", "axe_intitule", "fiche", "id",
      "intitule", "description", "statut", "priorite", "porteurs", "partenaires", "debut", "fin", "calendrier",
      "budget", "budget_taxe", "financeurs", "montant_finance", "indicateurs");

  private FichesCsv() {}

  /**
   * Writes the CSV.
   *
   * @param contrat the contract; its redacted copy is written
   * @param out where the CSV goes; not closed
   * @throws IOException if it cannot be written
   */
  public static void ecrire(ContratLocalDeSante contrat, OutputStream out) throws IOException {
    try {
      ecrireLignes(contrat, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void ecrireLignes(ContratLocalDeSante contrat, OutputStream out) throws IOException {
    ContratLocalDeSante c = contrat.redacted();
    Map<String, String> noms = c.acteurs().stream().collect(Collectors.toMap(Acteur::id, Acteur::nom, (a, b) -> a));
    Function<Intervenant, String> nom = i -> i.acteur().map(id -> noms.getOrDefault(id, id))
        .or(() -> i.cls().map(e -> e == EntiteCls.CONTRAT ? TetExport.CONTRAT : TetExport.COORDINATION))
        .or(i::libelle).orElse("");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    Consumer<List<String>> csv = l -> ecrire(w, l);
    csv.accept(COLONNES);
    for (Axe axe : c.axes()) {
      for (FicheAction f : axe.fiches()) {
        csv.accept(ligne(c, axe, f, "fiche", f.id(), f.intitule(), f.description(), f.statut(),
            f.priorite().map(CodeList::code).orElse(""), f.porteurs(), f.partenaires(), f.calendrier(),
            f.budgetPrevisionnel(), f.financements(),
            f.indicateurs().stream().filter(i -> i.operation().isEmpty()).toList(), nom));
        for (Operation o : f.operations()) {
          csv.accept(ligne(c, axe, f, "operation", o.id(), o.intitule(), o.description(), o.statut(), "",
              o.porteurs(), o.partenaires(), o.calendrier(), o.budget(), o.financements(),
              f.indicateurs().stream().filter(i -> i.operation().equals(Optional.of(o.id()))).toList(), nom));
        }
      }
    }
    w.flush();
  }

  /**
   * Writes one record as RFC 4180 says: every field quoted, quotes doubled, lines ended by CRLF.
   * Quoting every field keeps line breaks and separators inside texts without a rule to decide.
   */
  private static void ecrire(Writer w, List<String> champs) {
    try {
      w.write(champs.stream().map(c -> '"' + c.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")));
      w.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> ligne(ContratLocalDeSante c, Axe axe, FicheAction f, String type, String id,
      String intitule, Optional<String> description, Optional<? extends CodeList> statut, String priorite,
      List<Intervenant> porteurs, List<Intervenant> partenaires, Optional<Periode> calendrier,
      Optional<Montant> budget, List<Financement> financements, List<Indicateur> indicateurs,
      Function<Intervenant, String> nom) {
    List<String> l = new ArrayList<>();
    l.add(c.identifiant());
    l.add(type);
    l.add(Integer.toString(axe.numero()));
    l.add(axe.intitule());
    l.add(f.code());
    l.add(id);
    l.add(intitule);
    l.add(description.orElse(""));
    l.add(statut.map(CodeList::code).orElse(""));
    l.add(priorite);
    l.add(porteurs.stream().map(nom).collect(Collectors.joining(" ; ")));
    l.add(partenaires.stream().map(nom).collect(Collectors.joining(" ; ")));
    l.add(calendrier.map(p -> p.debut().toString()).orElse(""));
    l.add(calendrier.flatMap(Periode::fin).map(Object::toString).orElse(""));
    l.add(calendrier.flatMap(Periode::libelle).orElse(""));
    l.add(budget.flatMap(Montant::valeur).map(BigDecimal::toPlainString).orElse(""));
    l.add(budget.filter(m -> m.valeur().isPresent()).flatMap(Montant::taxe).map(CodeList::code).orElse(""));
    l.add(financements.stream().flatMap(x -> x.financeur().stream()).map(nom).collect(Collectors.joining(" ; ")));
    l.add(financements.stream().flatMap(x -> x.montant().flatMap(Montant::valeur).stream())
        .reduce(BigDecimal::add).map(BigDecimal::toPlainString).orElse(""));
    l.add(indicateurs.stream().map(Indicateur::libelle).collect(Collectors.joining(" ; ")));
    return l;
  }
}
