package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Signataire;
import io.clsante.model.TypeEvenement;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.BundleRule;
import io.clsante.rules.spi.Rule;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleRunnerTest {
  /** Reports the date of signature its context gives. */
  static final class DateSignature extends BundleRule {
    DateSignature(String id, Severity severity) {
      super(id, severity, "io.clsante.rules.app-messages");
    }

    @Override
    public void check(RuleContext context) {
      context.report("", context.dateSignature().<Object>map(d -> d).orElse("inconnue"));
    }
  }

  @Test
  void plan_keepsRulesInOrderWithTheProfilesSeverities() {
    Rule a = new DateSignature("APP-A", Severity.INFO);
    Rule b = new DateSignature("APP-B", Severity.INFO);
    Rule c = new DateSignature("APP-C", Severity.WARNING);
    Profile profile = Profile.builder("test", "Test", RuleCatalog.builtIn().with(List.of(a, b, c)))
        .severity("APP-A", Severity.ERROR).disable("APP-B").build();
    assertEquals(List.of(new RuleRunner.Active(a, Severity.ERROR), new RuleRunner.Active(c, Severity.WARNING)),
        RuleRunner.plan(List.of(a, b, c), profile));
    assertEquals(List.of(new RuleRunner.Active(a, Severity.INFO), new RuleRunner.Active(b, Severity.INFO)),
        RuleRunner.plan(List.of(a, b), Profile.builder("vide", "Vide").build()));
  }

  static Stream<Arguments> signatures() {
    UnaryOperator<ContratLocalDeSante.Builder> sansEvenement = b -> b.evenements(RuleHarness.base().evenements()
        .stream().filter(e -> e.type() != TypeEvenement.SIGNATURE).toList());
    return Stream.of(
        Arguments.of("the SIGNATURE event", UnaryOperator.<ContratLocalDeSante.Builder>identity(), LocalDate.of(2025,
            11, 13)),
        Arguments.of("the event before a later signatory",
            (UnaryOperator<ContratLocalDeSante.Builder>) b -> b.signataires(dates(LocalDate.of(2025, 12, 1))),
            LocalDate.of(2025, 11, 13)),
        Arguments.of("the latest signatory without the event",
            (UnaryOperator<ContratLocalDeSante.Builder>) b -> sansEvenement.apply(b)
                .signataires(dates(LocalDate.of(2025, 12, 1))),
            LocalDate.of(2025, 12, 1)),
        Arguments.of("nothing without the event or signatory dates",
            (UnaryOperator<ContratLocalDeSante.Builder>) b -> sansEvenement.apply(b).signataires(dates(null)),
            "inconnue"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signatures")
  void run_givesTheDateOfSignature(String cas, UnaryOperator<ContratLocalDeSante.Builder> change, Object attendue) {
    List<Finding> out = new ArrayList<>();
    RuleRunner.run(RuleRunner.plan(List.of(new DateSignature("APP-A", Severity.INFO)), Profile.national()),
        RuleHarness.base(change), ReferentielTerritorial::cog2026, RuleHarness.TODAY, pointer -> Optional.empty(), out);
    assertEquals(List.of(attendue), out.get(0).arguments());
  }

  /** The signatories of the base contract, the second one signing at {@code date} (none when null). */
  private static List<Signataire> dates(LocalDate date) {
    List<Signataire> out = new ArrayList<>();
    for (Signataire s : RuleHarness.base().signataires()) {
      Signataire.Builder b = Signataire.builder().from(s);
      if (date == null) {
        b.dateSignature(Optional.empty());
      } else if (out.size() == 1) {
        b.dateSignature(date);
      }
      out.add(b.build());
    }
    return out;
  }
}
