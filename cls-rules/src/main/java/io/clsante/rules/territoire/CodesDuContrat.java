package io.clsante.rules.territoire;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import io.clsante.rules.spi.Pointer;
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
   * @param pointer where it is written
   */
  record Occurrence<T>(T code, String pointer) {}

  private CodesDuContrat() {}

  static List<Occurrence<CodeCommune>> communes(ContratLocalDeSante c) {
    List<Occurrence<CodeCommune>> out = new ArrayList<>();
    Territoire t = c.territoire();
    for (int i = 0; i < t.communes().size(); i++) {
      out.add(new Occurrence<>(t.communes().get(i).code(), Pointer.of("territoire", "communes", i, "code")));
    }
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        Optional<SecteurGeographique> s = axe.fiches().get(f).secteur();
        List<CodeCommune> codes = s.map(SecteurGeographique::communes).orElse(List.of());
        for (int i = 0; i < codes.size(); i++) {
          out.add(new Occurrence<>(codes.get(i), Pointer.of("axes", a, "fiches", f, "secteur", "communes", i)));
        }
      }
    }
    for (int i = 0; i < c.acteurs().size(); i++) {
      Optional<CodeCommune> code = c.acteurs().get(i).codeCommune();
      if (code.isPresent()) {
        out.add(new Occurrence<>(code.get(), Pointer.of("acteurs", i, "codeCommune")));
      }
    }
    return out;
  }

  static List<Occurrence<Siren>> epci(ContratLocalDeSante c) {
    List<Occurrence<Siren>> out = new ArrayList<>();
    Territoire t = c.territoire();
    for (int i = 0; i < t.epci().size(); i++) {
      out.add(new Occurrence<>(t.epci().get(i).siren(), Pointer.of("territoire", "epci", i, "siren")));
    }
    for (int i = 0; i < t.communes().size(); i++) {
      Optional<Siren> siren = t.communes().get(i).epci();
      if (siren.isPresent()) {
        out.add(new Occurrence<>(siren.get(), Pointer.of("territoire", "communes", i, "epci")));
      }
    }
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        Optional<SecteurGeographique> s = axe.fiches().get(f).secteur();
        List<Siren> sirens = s.map(SecteurGeographique::epci).orElse(List.of());
        for (int i = 0; i < sirens.size(); i++) {
          out.add(new Occurrence<>(sirens.get(i), Pointer.of("axes", a, "fiches", f, "secteur", "epci", i)));
        }
      }
    }
    for (int i = 0; i < c.acteurs().size(); i++) {
      Acteur acteur = c.acteurs().get(i);
      // Only an EPCI's SIREN is in the EPCI list; a CPAM's or a commune's is not.
      if (acteur.type().isEpci() && acteur.siren().isPresent()) {
        out.add(new Occurrence<>(acteur.siren().get(), Pointer.of("acteurs", i, "siren")));
      }
    }
    return out;
  }
}
