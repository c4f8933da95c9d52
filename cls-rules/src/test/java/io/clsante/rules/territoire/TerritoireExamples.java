package io.clsante.rules.territoire;

import io.clsante.model.CommuneTerritoire;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One contract per rule of the family that makes it fire, each built from the valid base contract
 * (CC Val de Gers: Masseube, Seissan, Barran; Gers; Occitanie) by one targeted change; published in
 * the rule reference page.
 */
public final class TerritoireExamples {
  private TerritoireExamples() {}

  /**
   * Returns the examples, at least one per rule of the family, in id order.
   *
   * @return an immutable list
   */
  public static List<RuleExample> all() {
    return List.of(
        RuleExample.of("CLS-TER-001", "/territoire/communes/2/code",
            "le code de Barran est mal saisi : 32529 au lieu de 32029",
            "Barran's code is mistyped: 32529 instead of 32029",
            commune(2, c -> c.code(CodeCommune.parse("32529")))),
        RuleExample.of("CLS-TER-002", "/territoire/communes/1/code",
            "Seissan est désignée par le code de son ancienne commune associée Artiguedieu (32011) au lieu de 32426",
            "Seissan is designated by the code of its former associated commune Artiguedieu (32011) instead of 32426",
            commune(1, c -> c.code(CodeCommune.parse("32011")))),
        RuleExample.of("CLS-TER-003", "/territoire/epci/0/siren",
            "le SIREN de la CC Val de Gers est mal saisi : 200172328 au lieu de 200072320 (clé recalculée, donc valide)",
            "the SIREN of CC Val de Gers is mistyped: 200172328 instead of 200072320 (check digit recomputed, so valid)",
            territoire(t -> t.epci(List.of(EpciTerritoire.of(Siren.parse("200172328"), "CC Val de Gers"))))),
        RuleExample.of("CLS-TER-004", "/territoire/communes/2/epci",
            "Barran est déclarée dans la CC Astarac Arros en Gascogne (200035756) au lieu de la CC Val de Gers",
            "Barran is declared in CC Astarac Arros en Gascogne (200035756) instead of CC Val de Gers",
            commune(2, c -> c.epci(Siren.parse("200035756")))),
        RuleExample.of("CLS-TER-005", "/territoire/departements/1",
            "le département des Landes (40), en Nouvelle-Aquitaine, est ajouté au territoire",
            "the département of Landes (40), in Nouvelle-Aquitaine, is added to the territory",
            territoire(t -> t.addDepartements(CodeDepartement.parse("40")))),
        RuleExample.of("CLS-TER-006", "/territoire/communes/3/code",
            "Tarbes (65440, Hautes-Pyrénées) est ajoutée au territoire, qui ne déclare que le Gers",
            "Tarbes (65440, Hautes-Pyrénées) is added to the territory, which declares only the Gers",
            territoire(t -> t.addCommunes(CommuneTerritoire.of(CodeCommune.parse("65440"))))),
        RuleExample.of("CLS-TER-007", "/territoire",
            "les communes, l'EPCI et le département sont retirés du territoire, qui ne garde que sa région",
            "the communes, the EPCI and the département are removed from the territory, which keeps only its région",
            territoire(t -> t.communes(List.of()).epci(List.of()).departements(List.of()))),
        RuleExample.of("CLS-TER-008", "/territoire/region",
            "la région du territoire porte l'ancien code 73 (Midi-Pyrénées, avant 2016) au lieu de 76",
            "the territory's région has the old code 73 (Midi-Pyrénées, before 2016) instead of 76",
            territoire(t -> t.region(CodeRegion.parse("73")))));
  }

  /** The base contract with its territory changed. */
  static ContratLocalDeSante territoire(UnaryOperator<Territoire.Builder> change) {
    Territoire.Builder b = Territoire.builder();
    b.from(RuleHarness.base().territoire());
    Territoire t = change.apply(b).build();
    return RuleHarness.base(c -> c.territoire(t));
  }

  /** The base contract with the commune {@code i} of its territory changed. */
  static ContratLocalDeSante commune(int i, UnaryOperator<CommuneTerritoire.Builder> change) {
    List<CommuneTerritoire> communes = new ArrayList<>(RuleHarness.base().territoire().communes());
    CommuneTerritoire.Builder b = CommuneTerritoire.builder();
    b.from(communes.get(i));
    communes.set(i, change.apply(b).build());
    return territoire(t -> t.communes(communes));
  }
}
