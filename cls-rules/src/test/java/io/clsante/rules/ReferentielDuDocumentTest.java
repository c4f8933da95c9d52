package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Rule;
import io.clsante.rules.spi.RuleContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of one document share one view of the referential: it gives the referential's answers,
 * asks the referential about each code once, and loads it only when a rule asks.
 */
class ReferentielDuDocumentTest {
  private static final ReferentielTerritorial COG = ReferentielTerritorial.cog2026();

  /** The calls the referential received, as {@code method(argument)}. */
  private final List<String> calls = new ArrayList<>();

  private final ReferentielTerritorial counted = (ReferentielTerritorial) Proxy.newProxyInstance(
      ReferentielTerritorial.class.getClassLoader(), new Class<?>[] {ReferentielTerritorial.class},
      (proxy, method, args) -> {
        calls.add(method.getName() + (args == null ? "()" : "(" + args[0] + ")"));
        return method.invoke(COG, args);
      });

  /** A current commune, a delegated one, an unknown code; an EPCI and an unknown SIREN. */
  @ParameterizedTest(name = "{0}({1})")
  @CsvSource({
      "commune, 32013",
      "commune, 01039",
      "commune, 32999",
      "communeDelegueeOuAssociee, 01039",
      "communeDelegueeOuAssociee, 32013",
      "communeActuelle, 01039",
      "epci, 200000172",
      "epci, 123456782",
  })
  void eachCode_answeredAsTheReferentialAnswers_andAskedOnce(String method, String code) {
    Function<ReferentielTerritorial, Optional<?>> ask = switch (method) {
      case "commune" -> r -> r.commune(CodeCommune.parse(code));
      case "communeDelegueeOuAssociee" -> r -> r.communeDelegueeOuAssociee(CodeCommune.parse(code));
      case "communeActuelle" -> r -> r.communeActuelle(CodeCommune.parse(code));
      case "epci" -> r -> r.epci(Siren.parse(code));
      default -> throw new IllegalArgumentException(method);
    };
    ReferentielDuDocument view = new ReferentielDuDocument(() -> counted);
    Optional<?> first = ask.apply(view);
    List<String> once = List.copyOf(calls);
    assertEquals(ask.apply(COG), first);
    assertEquals(first, ask.apply(view));
    assertEquals(once, calls, "asked again");
  }

  @Test
  void theOtherLookUps_areTheReferentials() {
    ReferentielDuDocument view = new ReferentielDuDocument(() -> COG);
    assertEquals(COG.millesime(), view.millesime());
    assertEquals(COG.departement(CodeDepartement.parse("32")), view.departement(CodeDepartement.parse("32")));
    assertEquals(COG.region(CodeRegion.parse("76")), view.region(CodeRegion.parse("76")));
    assertEquals(COG.communes().size(), view.communes().size());
    assertEquals(COG.communesDelegueesOuAssociees().size(), view.communesDelegueesOuAssociees().size());
    assertEquals(COG.epcis().size(), view.epcis().size());
    assertEquals(COG.departements(), view.departements());
    assertEquals(COG.regions(), view.regions());
  }

  /** A rule that asks about one commune, three times. */
  private static final class Commune extends io.clsante.rules.internal.ClsRule {
    private final boolean asks;

    Commune(String id, boolean asks) {
      super(id, Severity.INFO);
      this.asks = asks;
    }

    @Override
    public void check(RuleContext ctx) {
      for (int i = 0; asks && i < 3; i++) {
        ctx.referentiel().commune(CodeCommune.parse("32013"));
      }
    }
  }

  @Test
  void run_loadsTheReferentialOnFirstNeed_andSharesItsAnswersBetweenRules() {
    AtomicInteger loads = new AtomicInteger();
    List<Rule> quiet = List.of(new Commune("CLS-TST-001", false), new Commune("CLS-TST-002", false));
    RuleRunner.run(RuleRunner.plan(quiet, Profile.national()), RuleHarness.base(),
        () -> { loads.incrementAndGet(); return counted; }, RuleHarness.TODAY, pointer -> Optional.empty(), new ArrayList<>());
    assertEquals(0, loads.get(), "loaded though no rule asked");

    List<Rule> asking = List.of(new Commune("CLS-TST-001", true), new Commune("CLS-TST-002", true));
    RuleRunner.run(RuleRunner.plan(asking, Profile.national()), RuleHarness.base(),
        () -> { loads.incrementAndGet(); return counted; }, RuleHarness.TODAY, pointer -> Optional.empty(), new ArrayList<>());
    assertEquals(1, loads.get());
    assertEquals(List.of("commune(32013)"), calls);
  }
}
