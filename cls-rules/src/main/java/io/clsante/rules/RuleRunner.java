package io.clsante.rules;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Evenement;
import io.clsante.model.Signataire;
import io.clsante.model.TypeEvenement;
import io.clsante.model.json.LocatedTree;
import io.clsante.rules.internal.StageRules;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.Rule;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    List<Active> plan = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      Optional<Severity> severity = profile.severityOf(rule.id(), rule.defaultSeverity());
      if (severity.isPresent()) {
        plan.add(new Active(rule, severity.get()));
      }
    }
    return List.copyOf(plan);
  }

  static void run(
      List<Active> plan, ContratLocalDeSante contrat, ReferentielTerritorial referentiel,
      LocalDate today, LocatedTree tree, List<Finding> out) {
    Document doc = new Document(contrat);
    for (Active active : plan) {
      Rule rule = active.rule();
      Context ctx = new Context(rule, active.severity(), doc, referentiel, today, tree, out);
      try {
        rule.check(ctx);
      } catch (RuntimeException e) {
        // A failing rule is a bug, not a property of the document: report it and go on.
        out.add(finding(StageRules.INTERNAL, Severity.ERROR, "", tree,
            List.of(rule.id(), String.valueOf(e))));
      }
    }
  }

  static Finding finding(Rule rule, Severity severity, String pointer, LocatedTree tree, List<String> args) {
    int line = -1;
    int column = -1;
    if (tree != null) {
      Optional<LocatedTree.Position> p = tree.position(pointer);
      if (p.isPresent()) {
        line = p.get().line();
        column = p.get().column();
      }
    }
    return new Finding(rule, severity, pointer, line, column, args);
  }

  /** What every rule of one document shares: the contract and its indexes. */
  private static final class Document {
    final ContratLocalDeSante contrat;
    final Map<String, Acteur> acteurs = new HashMap<>();
    final Optional<LocalDate> dateSignature;
    final List<FichePlacee> fiches;

    Document(ContratLocalDeSante contrat) {
      this.contrat = contrat;
      List<FichePlacee> placees = new ArrayList<>();
      for (int a = 0; a < contrat.axes().size(); a++) {
        io.clsante.model.Axe axe = contrat.axes().get(a);
        for (int f = 0; f < axe.fiches().size(); f++) {
          placees.add(new FichePlacee(axe, a, axe.fiches().get(f), f));
        }
      }
      this.fiches = List.copyOf(placees);
      for (Acteur a : contrat.acteurs()) {
        acteurs.putIfAbsent(a.id(), a);
      }
      this.dateSignature = dateSignature(contrat);
    }

    // Loops rather than streams: this runs once for every document.
    private static Optional<LocalDate> dateSignature(ContratLocalDeSante contrat) {
      for (Evenement e : contrat.evenements()) {
        if (e.type() == TypeEvenement.SIGNATURE) {
          return Optional.of(e.date().premierJour());
        }
      }
      LocalDate latest = null;
      for (Signataire s : contrat.signataires()) {
        if (s.dateSignature().isPresent() && (latest == null || s.dateSignature().get().isAfter(latest))) {
          latest = s.dateSignature().get();
        }
      }
      return Optional.ofNullable(latest);
    }
  }

  private static final class Context implements RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final Document doc;
    private final ReferentielTerritorial referentiel;
    private final LocalDate today;
    private final LocatedTree tree;
    private final List<Finding> out;

    Context(Rule rule, Severity severity, Document doc, ReferentielTerritorial referentiel,
        LocalDate today, LocatedTree tree, List<Finding> out) {
      this.rule = rule;
      this.severity = severity;
      this.doc = doc;
      this.referentiel = referentiel;
      this.today = today;
      this.tree = tree;
      this.out = out;
    }

    @Override
    public ContratLocalDeSante contrat() {
      return doc.contrat;
    }

    @Override
    public ReferentielTerritorial referentiel() {
      return referentiel;
    }

    @Override
    public LocalDate today() {
      return today;
    }

    @Override
    public Optional<Acteur> acteur(String id) {
      return Optional.ofNullable(doc.acteurs.get(id));
    }

    @Override
    public List<FichePlacee> fiches() {
      return doc.fiches;
    }

    @Override
    public Optional<LocalDate> dateSignature() {
      return doc.dateSignature;
    }

    @Override
    public void report(String pointer, Object... arguments) {
      List<String> args = new ArrayList<>(arguments.length);
      for (Object a : arguments) {
        args.add(String.valueOf(a));
      }
      out.add(finding(rule, severity, pointer, tree, args));
    }
  }
}
