package io.clsante.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratGenere;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The JUnit integration seen from a downstream build: small fixture suites (nested classes, which
 * the normal build does not run by themselves) run through the Jupiter engine, whose events show
 * the display names, the replayed seed and the shrunk failures.
 */
class ContratsGeneresTest {

  static class CinqCas {
    @ContratsGeneres(nombre = 5, taille = 3, graine = 42)
    void cas(ContratGenere cas) {
      assertEquals(ContratGenerator.standard().generate(cas.graine(), cas.taille()), cas.contrat());
    }
  }

  static class ContratsNus {
    @ContratsGeneres(nombre = 3, taille = 2, graine = 7)
    void cas(ContratLocalDeSante contrat) {
      assertTrue(!contrat.axes().isEmpty());
    }
  }

  static class EchecDesLaTaille3 {
    @ContratsGeneres(nombre = 1, taille = 6, graine = 1234)
    void cas(ContratGenere cas) {
      assertTrue(cas.taille() < 3, "trop grand");
    }
  }

  static class EchecToujours {
    @ContratsGeneres(nombre = 1, taille = 4, graine = 99)
    void cas(ContratLocalDeSante contrat) {
      throw new IllegalStateException("échec sur " + contrat.identifiant());
    }
  }

  static class MauvaisParametre {
    @ContratsGeneres(nombre = 1)
    void cas(String texte) {
      // never called
    }
  }

  @Test
  void eachCase_isNamedBySeedAndSize_andGetsItsContract() {
    EngineExecutionResults r = run(CinqCas.class, Map.of());
    r.testEvents().assertStatistics(s -> s.started(5).succeeded(5));
    assertEquals(List.of("graine 42, taille 1", "graine 43, taille 2", "graine 44, taille 3", "graine 45, taille 1",
        "graine 46, taille 2"), names(r));
  }

  @Test
  void aBareContractParameter_isNamedTheSameWay() {
    EngineExecutionResults r = run(ContratsNus.class, Map.of());
    r.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertEquals(List.of("graine 7, taille 1", "graine 8, taille 2", "graine 9, taille 1"), names(r));
  }

  @Test
  void oneSeed_isReplayedOnDemand() {
    EngineExecutionResults r = run(CinqCas.class, Map.of(ContratsGeneres.GRAINE, "123456", ContratsGeneres.TAILLE, "2"));
    r.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertEquals(List.of("graine 123456, taille 2"), names(r));
    EngineExecutionResults atMax = run(CinqCas.class, Map.of(ContratsGeneres.GRAINE, "123456"));
    assertEquals(List.of("graine 123456, taille 3"), names(atMax));
  }

  @Test
  void aFailure_isShrunkToItsSmallestFailingSize_withTheSeedToReplay() {
    EngineExecutionResults r = run(EchecDesLaTaille3.class, Map.of(ContratsGeneres.GRAINE, "1234", ContratsGeneres.TAILLE, "6"));
    r.testEvents().assertStatistics(s -> s.started(1).failed(1));
    r.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        message(m -> m.contains("seed 1234 at size 6") && m.contains("smallest failing size for this seed: 3")
            && m.contains("-Dcls.testkit.graine=1234 -Dcls.testkit.taille=3") && m.contains("trop grand")))));
  }

  @Test
  void aFailure_withABareContract_isShrunkToo() {
    EngineExecutionResults r = run(EchecToujours.class, Map.of());
    r.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        message(m -> m.contains("seed 99 at size 1") && m.contains("no smaller size fails")))));
    EngineExecutionResults replayed = run(EchecToujours.class, Map.of(ContratsGeneres.GRAINE, "99", ContratsGeneres.TAILLE, "4"));
    replayed.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
        message(m -> m.contains("seed 99 at size 4; smallest failing size for this seed: 1")))));
  }

  @Test
  void aParameterOfAnotherType_isRefusedWithAClearMessage() {
    EngineExecutionResults r = run(MauvaisParametre.class, Map.of());
    r.allEvents().assertThatEvents().haveAtLeastOne(event(finishedWithFailure(
        message(m -> m.contains("takes a String; @ContratsGeneres gives a ContratGenere or a ContratLocalDeSante")))));
  }

  @Test
  void runsOnTheJUnitItWasMeantFor() {
    // The build runs this class on JUnit 5.12, its own 5.x and 6.x (the junit-* executions of the pom).
    String jupiter = ArgumentsProvider.class.getPackage().getImplementationVersion();
    String platform = EngineTestKit.class.getPackage().getImplementationVersion();
    String expected = System.getProperty("cls.junit.version", jupiter);
    assertEquals(expected, jupiter, "JUnit Jupiter on the class path");
    // JUnit 6 numbers the platform as Jupiter; JUnit 5.x numbers it 1.x (5.12 -> 1.12).
    assertEquals(expected.startsWith("5.") ? "1." + expected.substring(2) : expected, platform,
        "JUnit Platform on the class path");
  }

  private static EngineExecutionResults run(Class<?> fixture, Map<String, String> parameters) {
    return EngineTestKit.engine("junit-jupiter").configurationParameters(parameters)
        .selectors(selectClass(fixture)).execute();
  }

  private static List<String> names(EngineExecutionResults r) {
    return r.testEvents().started().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
  }
}
