package io.clsante.rules.territoire;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
   * @param lieu the segments of its JSON Pointer, written only when asked: most codes are never
   *     reported
   */
  record Occurrence<T>(T code, Object[] lieu) {
    /** Returns the JSON Pointer of the code, written on each call. */
    String pointer() {
      return Pointer.of(lieu);
    }
  }

  private CodesDuContrat() {}

  static List<Occurrence<CodeCommune>> communes(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    List<Occurrence<CodeCommune>> out = new ArrayList<>();
    Territoire t = c.territoire();
    for (int i = 0; i < t.communes().size(); i++) {
      out.add(new Occurrence<>(t.communes().get(i).code(), new Object[] {"territoire", "communes", i, "code"}));
    }
    for (FichePlacee f : ctx.fiches()) {
      if (f.fiche().secteur().isPresent()) {
        inSecteur(f, f.fiche().secteur().get().communes(), "communes", out);
      }
    }
    for (int i = 0; i < c.acteurs().size(); i++) {
      Optional<CodeCommune> code = c.acteurs().get(i).codeCommune();
      if (code.isPresent()) {
        out.add(new Occurrence<>(code.get(), new Object[] {"acteurs", i, "codeCommune"}));
      }
    }
    return out;
  }

  static List<Occurrence<Siren>> epci(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    List<Occurrence<Siren>> out = new ArrayList<>();
    Territoire t = c.territoire();
    for (int i = 0; i < t.epci().size(); i++) {
      out.add(new Occurrence<>(t.epci().get(i).siren(), new Object[] {"territoire", "epci", i, "siren"}));
    }
    for (int i = 0; i < t.communes().size(); i++) {
      Optional<Siren> siren = t.communes().get(i).epci();
      if (siren.isPresent()) {
        out.add(new Occurrence<>(siren.get(), new Object[] {"territoire", "communes", i, "epci"}));
      }
    }
    for (FichePlacee f : ctx.fiches()) {
      if (f.fiche().secteur().isPresent()) {
        inSecteur(f, f.fiche().secteur().get().epci(), "epci", out);
      }
    }
    for (int i = 0; i < c.acteurs().size(); i++) {
      Acteur acteur = c.acteurs().get(i);
      // Only an EPCI's SIREN is in the EPCI list; a CPAM's or a commune's is not.
      if (acteur.type().isEpci() && acteur.siren().isPresent()) {
        out.add(new Occurrence<>(acteur.siren().get(), new Object[] {"acteurs", i, "siren"}));
      }
    }
    return out;
  }

  /**
   * Adds the codes of one list of a fiche's geographic sector, in document order, each located as
   * {@link FichePlacee#pointer} locates it.
   */
  private static <T> void inSecteur(FichePlacee f, List<T> codes, String propriete, List<Occurrence<T>> out) {
    for (int i = 0; i < codes.size(); i++) {
      out.add(new Occurrence<>(codes.get(i),
          new Object[] {"axes", f.indexAxe(), "fiches", f.indexFiche(), "secteur", propriete, i}));
    }
  }
}
