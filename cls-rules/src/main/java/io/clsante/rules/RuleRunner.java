package io.clsante.rules;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.TypeEvenement;
import io.clsante.model.json.Position;
import io.clsante.rules.internal.StageRules;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.Rule;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Runs rules over one contract under a profile and collects their findings. */
final class RuleRunner {
  private RuleRunner() {}

  /**
   * A rule a profile keeps, with the severity the profile gives it.
   *
   * @param rule the rule
   * @param severity its severity under the profile
   */
  record Active(Rule rule, Severity severity) {}

  /**
   * Returns the rules a profile keeps, in order, with their severities: computed once per
   * validator rather than for each document.
   */
  static List<Active> plan(List<Rule> rules, Profile profile) {
    return rules.stream()
        .flatMap(rule -> profile.severityOf(rule.id(), rule.defaultSeverity()).map(s -> new Active(rule, s)).stream())
        .toList();
  }

  static void run(
      List<Active> plan, ContratLocalDeSante contrat, Supplier<ReferentielTerritorial> referentiel,
      LocalDate today, Function<String, Optional<Position>> positions, List<Finding> out) {
    Document doc = Document.of(contrat);
    ReferentielTerritorial perDocument = new ReferentielDuDocument(referentiel);
    for (Active active : plan) {
      Rule rule = active.rule();
      try {
        rule.check(new Context(rule, active.severity(), doc, perDocument, today, positions, out));
      } catch (RuntimeException e) {
        // A failing rule is a bug, not a property of the document: report it and go on.
        out.add(finding(StageRules.INTERNAL, Severity.ERROR, "", positions, List.of(rule.id(), String.valueOf(e))));
      }
    }
  }

  /** A finding with the rule's message, {@code <id>.message}, located when the input was text. */
  static Finding finding(Rule rule, Severity severity, String pointer,
      Function<String, Optional<Position>> positions, List<?> arguments) {
    return finding(rule, severity, pointer, positions, rule.id() + ".message", arguments);
  }

  private static Finding finding(Rule rule, Severity severity, String pointer,
      Function<String, Optional<Position>> positions, String key, List<?> arguments) {
    Optional<Position> position = positions.apply(pointer);
    return new Finding(rule, severity, pointer, position.map(Position::line).orElse(-1),
        position.map(Position::column).orElse(-1), key, arguments);
  }

  /**
   * What every rule of one document shares: the contract and its indexes.
   *
   * @param contrat the contract
   * @param acteurs its actors by id, the first of each id
   * @param fiches its fiches with their places
   * @param dateSignature the date it was signed, when known
   */
  private record Document(
      ContratLocalDeSante contrat, Map<String, Acteur> acteurs, List<FichePlacee> fiches,
      Optional<LocalDate> dateSignature) {

    static Document of(ContratLocalDeSante contrat) {
      List<FichePlacee> fiches = new ArrayList<>();
      for (int a = 0; a < contrat.axes().size(); a++) {
        Axe axe = contrat.axes().get(a);
        for (int f = 0; f < axe.fiches().size(); f++) {
          fiches.add(new FichePlacee(axe, a, axe.fiches().get(f), f));
        }
      }
      Map<String, Acteur> acteurs = contrat.acteurs().stream()
          .collect(Collectors.toMap(Acteur::id, Function.identity(), (first, duplicate) -> first));
      return new Document(contrat, acteurs, List.copyOf(fiches), dateSignature(contrat));
    }

    /** The date of the SIGNATURE event, else the latest signature date of the signatories. */
    private static Optional<LocalDate> dateSignature(ContratLocalDeSante contrat) {
      return contrat.evenements().stream()
          .filter(e -> e.type() == TypeEvenement.SIGNATURE)
          .findFirst()
          .map(e -> e.date().premierJour())
          .or(() -> contrat.signataires().stream()
              .flatMap(s -> s.dateSignature().stream())
              .max(Comparator.naturalOrder()));
    }
  }

  /** What one rule sees of one document, and where it reports. */
  private record Context(
      Rule rule, Severity severity, Document doc, ReferentielTerritorial referentiel,
      LocalDate today, Function<String, Optional<Position>> positions, List<Finding> out)
      implements RuleContext {

    @Override
    public ContratLocalDeSante contrat() {
      return doc.contrat();
    }

    /** The referential, loaded by the first rule that asks for it; each code looked up once. */
    @Override
    public ReferentielTerritorial referentiel() {
      return referentiel;
    }

    @Override
    public Optional<Acteur> acteur(String id) {
      return Optional.ofNullable(doc.acteurs().get(id));
    }

    @Override
    public List<FichePlacee> fiches() {
      return doc.fiches();
    }

    @Override
    public Optional<LocalDate> dateSignature() {
      return doc.dateSignature();
    }

    @Override
    public void report(String pointer, Object... arguments) {
      reportWith(rule.id() + ".message", pointer, arguments);
    }

    @Override
    public void reportWith(String key, String pointer, Object... arguments) {
      out.add(finding(rule, severity, pointer, positions, key, List.of(arguments)));
    }
  }
}
