package io.clsante.rules.territoire;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every commune code and every EPCI SIREN a contract writes, with the JSON Pointer of each, in
 * document order: the territory, the geographic sectors of the fiches, then the actors.
 */
final class CodesDuContrat {
  /**
   * One code written in the document.
   *
   * @param <T> the type of code
   * @param code the code
   * @param lieu where it is written, as a function of its indexes: most codes are never reported
   */
  record Occurrence<T>(T code, Supplier<String> lieu) {
    /** Returns the JSON Pointer of the code, written on each call. */
    String pointer() {
      return lieu.get();
    }
  }

  private CodesDuContrat() {}

  static List<Occurrence<CodeCommune>> communes(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    List<Occurrence<CodeCommune>> out = new ArrayList<>();
    Territoire t = c.territoire();
    for (int i = 0; i < t.communes().size(); i++) {
      int ii = i;
      out.add(new Occurrence<>(t.communes().get(i).code(),
          () -> Pointer.of("territoire", "communes", ii, "code")));
    }
    inSecteurs(ctx, SecteurGeographique::communes, "communes", out);
    for (int i = 0; i < c.acteurs().size(); i++) {
      int ii = i;
      Optional<CodeCommune> code = c.acteurs().get(i).codeCommune();
      if (code.isPresent()) {
        out.add(new Occurrence<>(code.get(), () -> Pointer.of("acteurs", ii, "codeCommune")));
      }
    }
    return out;
  }

  static List<Occurrence<Siren>> epci(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    List<Occurrence<Siren>> out = new ArrayList<>();
    Territoire t = c.territoire();
    for (int i = 0; i < t.epci().size(); i++) {
      int ii = i;
      out.add(new Occurrence<>(t.epci().get(i).siren(), () -> Pointer.of("territoire", "epci", ii, "siren")));
    }
    for (int i = 0; i < t.communes().size(); i++) {
      int ii = i;
      Optional<Siren> siren = t.communes().get(i).epci();
      if (siren.isPresent()) {
        out.add(new Occurrence<>(siren.get(), () -> Pointer.of("territoire", "communes", ii, "epci")));
      }
    }
    inSecteurs(ctx, SecteurGeographique::epci, "epci", out);
    for (int i = 0; i < c.acteurs().size(); i++) {
      int ii = i;
      Acteur acteur = c.acteurs().get(i);
      // Only an EPCI's SIREN is in the EPCI list; a CPAM's or a commune's is not.
      if (acteur.type().isEpci() && acteur.siren().isPresent()) {
        out.add(new Occurrence<>(acteur.siren().get(), () -> Pointer.of("acteurs", ii, "siren")));
      }
    }
    return out;
  }

  /** Adds the codes of one list of each fiche's geographic sector, in document order. */
  private static <T> void inSecteurs(RuleContext ctx, Function<SecteurGeographique, List<T>> liste,
      String propriete, List<Occurrence<T>> out) {
    for (FichePlacee f : ctx.fiches()) {
      List<T> codes = f.fiche().secteur().map(liste).orElse(List.of());
      for (int i = 0; i < codes.size(); i++) {
        int ii = i;
        out.add(new Occurrence<>(codes.get(i), () -> f.pointer("secteur", propriete, ii)));
      }
    }
  }
}
