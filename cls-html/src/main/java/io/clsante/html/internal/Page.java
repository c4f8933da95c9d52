package io.clsante.html.internal;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Delai;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Evenement;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Indicateur;
import io.clsante.model.Instance;
import io.clsante.model.Intervenant;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.PublicCible;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.Signataire;
import io.clsante.model.TypeValeur;
import io.clsante.model.ValeurIndicateur;
import io.clsante.rules.Finding;
import io.clsante.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the page shows of one contract: the contract itself, the words of the page, the placement
 * of the findings and the layout of the charts. The templates read it; each part of the page has
 * its own template.
 */
public final class Page {
  /** The parts of the page that show a part of the document, by the JSON pointers they show. */
  private static final Map<String, String> SECTIONS = Map.ofEntries(
      Map.entry("/formatVersion", "identity"), Map.entry("/identifiant", "identity"),
      Map.entry("/intitule", "identity"), Map.entry("/description", "identity"),
      Map.entry("/nature", "identity"), Map.entry("/generation", "identity"),
      Map.entry("/predecesseur", "identity"), Map.entry("/statut", "identity"),
      Map.entry("/territoire", "territory"), Map.entry("/periode", "lifecycle"),
      Map.entry("/evenements", "lifecycle"), Map.entry("/signataires", "signatories"),
      Map.entry("/gouvernance", "governance"), Map.entry("/coordination", "coordination"),
      Map.entry("/acteurs", "actors"), Map.entry("/numerotationFiches", "identity"),
      Map.entry("/axes", "plan"), Map.entry("/avenants", "amendments"),
      Map.entry("/evaluations", "evaluations"), Map.entry("/clauses", "clauses"));

  /**
   * An axis as the page shows it.
   *
   * @param axe the axis
   * @param part the name of its part of the page, which is also its fragment
   * @param fiches its fiches
   */
  public record AxeView(Axe axe, String part, List<FicheView> fiches) {}

  /**
   * A fiche as the page shows it.
   *
   * @param fiche the fiche
   * @param axe the axis it belongs to
   * @param part the name of its part of the page, which is also its fragment
   * @param operations its operations
   */
  public record FicheView(FicheAction fiche, Axe axe, String part, List<OperationView> operations) {}

  /**
   * An operation (a sub-action of a fiche) as the page shows it.
   *
   * @param operation the operation
   * @param part the name of its part of the page, which is also its fragment
   */
  public record OperationView(Operation operation, String part) {}

  /**
   * A dated step of the contract's life: one of its events, or a milestone of its period.
   *
   * @param date when it happens, at its own precision; the start of a step that spans time
   * @param fin the end of a step that spans time
   * @param what what happens: the label of the event's type, or of a milestone
   * @param detail the event's own description
   * @param milestone whether it is a milestone of the contract's period
   */
  public record Step(DateCalendaire date, Optional<DateCalendaire> fin, String what, Optional<String> detail,
      boolean milestone) {}

  private final ContratLocalDeSante contrat;
  private final Texts texts;
  private final Optional<LocalDate> referenceDate;
  private final boolean personalData;
  private final Optional<Placement> placement;
  private final Map<String, Acteur> acteurs;
  private final List<AxeView> axes = new ArrayList<>();

  /**
   * Prepares the page of a contract.
   *
   * @param contrat the contract as shown (already redacted when personal data is left out)
   * @param findings the findings of its validation, or {@code null} without a report
   * @param locale the language of the page
   * @param referenceDate the date the page is written for, or {@code null}
   * @param personalData whether the contract shown holds the contacts' personal data
   */
  public Page(ContratLocalDeSante contrat, List<Finding> findings, Locale locale, LocalDate referenceDate,
      boolean personalData) {
    this.contrat = contrat;
    this.personalData = personalData;
    this.texts = new Texts(locale);
    this.referenceDate = Optional.ofNullable(referenceDate);
    this.acteurs = contrat.acteurs().stream()
        .collect(Collectors.toMap(Acteur::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, String> parts = new LinkedHashMap<>(SECTIONS);
    for (int i = 0; i < contrat.axes().size(); i++) {
      Axe axe = contrat.axes().get(i);
      String axePart = "axe-" + (i + 1);
      parts.put("/axes/" + i, axePart);
      List<FicheView> fiches = new ArrayList<>();
      for (int j = 0; j < axe.fiches().size(); j++) {
        FicheAction fiche = axe.fiches().get(j);
        String fichePart = "fiche-" + (i + 1) + "-" + (j + 1);
        String pointer = "/axes/" + i + "/fiches/" + j;
        parts.put(pointer, fichePart);
        List<OperationView> operations = new ArrayList<>();
        for (int k = 0; k < fiche.operations().size(); k++) {
          String operationPart = "operation-" + (i + 1) + "-" + (j + 1) + "-" + (k + 1);
          parts.put(pointer + "/operations/" + k, operationPart);
          operations.add(new OperationView(fiche.operations().get(k), operationPart));
        }
        fiches.add(new FicheView(fiche, axe, fichePart, operations));
      }
      axes.add(new AxeView(axe, axePart, fiches));
    }
    this.placement = Optional.ofNullable(findings).map(f -> new Placement(f, parts));
  }

  /**
   * Returns the contract.
   *
   * @return the contract as shown
   */
  public ContratLocalDeSante contrat() {
    return contrat;
  }

  /**
   * Returns the words and formats of the page.
   *
   * @return the texts
   */
  public Texts texts() {
    return texts;
  }

  /**
   * Returns a text of the page.
   *
   * @param key its key
   * @param args its arguments
   * @return the text
   */
  public String t(String key, Object... args) {
    return texts.t(key, args);
  }

  /**
   * Returns the axes with their fiches.
   *
   * @return the axes, in document order
   */
  public List<AxeView> axes() {
    return axes;
  }

  /**
   * Returns whether the page shows a validation report.
   *
   * @return {@code true} when findings were given
   */
  public boolean hasReport() {
    return placement.isPresent();
  }

  /**
   * Returns the findings placed at a part of the page.
   *
   * @param part the name of the part; {@link Placement#DOCUMENT} for those no part claims
   * @return the findings, in document order
   */
  public List<Finding> findings(String part) {
    return placement.map(p -> p.at(part)).orElse(List.of());
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return their number
   */
  public long count(Severity severity) {
    return placement.map(p -> p.count(severity)).orElse(0L);
  }

  /**
   * Returns the severities, most severe first.
   *
   * @return the severities
   */
  public List<Severity> severities() {
    return List.of(Severity.values());
  }

  /**
   * Returns the label of a severity.
   *
   * @param severity the severity
   * @return its label in the page's language
   */
  public String label(Severity severity) {
    return severity.label(Locale.forLanguageTag(texts.lang()));
  }

  /**
   * Returns the message of a finding.
   *
   * @param finding the finding
   * @return its message in the page's language
   */
  public String message(Finding finding) {
    return finding.message(Locale.forLanguageTag(texts.lang()));
  }

  /**
   * Returns the name of an actor, with its acronym.
   *
   * @param id its local identifier
   * @return its name, or the identifier itself when no actor has it
   */
  public String acteur(String id) {
    Acteur a = acteurs.get(id);
    if (a == null) {
      return id;
    }
    return a.sigle().filter(s -> !a.nom().contains(s)).map(s -> a.nom() + " (" + s + ")").orElse(a.nom());
  }

  /**
   * Returns the names of actors.
   *
   * @param ids their local identifiers
   * @return the names, separated by commas
   */
  public String acteurs(List<String> ids) {
    return ids.stream().map(this::acteur).collect(Collectors.joining(", "));
  }

  /**
   * Returns who an intervenant is, in the contract's words: the actor's name, the category, or the
   * contract or its coordination, then its service and role.
   *
   * @param i the intervenant
   * @return for example {@code ARS Occitanie, service numérique en santé (Pilote)}
   */
  public String intervenant(Intervenant i) {
    StringBuilder s = new StringBuilder(i.acteur().map(this::acteur).or(i::libelle)
        .orElseGet(() -> i.cls().map(texts::code).orElse("")));
    i.service().ifPresent(service -> s.append(", ").append(service));
    i.role().ifPresent(role -> s.append(" (").append(texts.code(role)).append(')'));
    return s.toString();
  }

  /**
   * Returns who the intervenants are.
   *
   * @param intervenants the intervenants
   * @return each as {@link #intervenant(Intervenant)} says, separated by commas
   */
  public String intervenants(List<Intervenant> intervenants) {
    return intervenants.stream().map(this::intervenant).collect(Collectors.joining(", "));
  }

  /**
   * Returns the publics of a fiche.
   *
   * @param publics the publics
   * @return their labels, separated by commas
   */
  public String publics(List<PublicCible> publics) {
    return publics.stream().map(p -> p.libelle().orElseGet(() -> texts.code(p.type())))
        .collect(Collectors.joining(", "));
  }

  /**
   * Returns a calendar as the contract gives it: its bounds at their precision, whether it ends
   * with the regional health project, and its own wording.
   *
   * @param p the period
   * @return for example {@code pas avant S2 2026 (« Pas avant le second semestre 2026 »)}
   */
  public String calendrier(Periode p) {
    StringBuilder s = new StringBuilder(texts.periode(p));
    if (p.finPrs()) {
      s.append(", ").append(texts.t("period.finPrs"));
    }
    p.libelle().ifPresent(l -> s.append(' ').append(texts.t("quoted", l)));
    return s.toString();
  }

  /**
   * Returns where an action takes place: the whole territory, or its communes and EPCI by name,
   * with the wording of the contract, and whether it reaches beyond the territory.
   *
   * @param s the sector
   * @return for example {@code Nord du territoire : Commune A, CC Astarac Arros en Gascogne}
   */
  public String secteur(SecteurGeographique s) {
    List<String> places = new ArrayList<>();
    if (s.toutLeTerritoire()) {
      places.add(texts.t("sector.whole"));
    }
    s.communes().forEach(code -> places.add(contrat.territoire().communes().stream()
        .filter(c -> c.code().equals(code)).findFirst().flatMap(CommuneTerritoire::nom).orElse(code.toString())));
    s.epci().forEach(siren -> places.add(contrat.territoire().epci().stream()
        .filter(e -> e.siren().equals(siren)).findFirst().flatMap(EpciTerritoire::nom).orElse(siren.toString())));
    String where = String.join(", ", places);
    String text = s.libelle().map(l -> where.isEmpty() ? l : l + " : " + where).orElse(where);
    return s.horsTerritoire() ? texts.t("sector.beyond", text) : text;
  }

  /**
   * Returns who pays a funding: its funder, whether from its own funds, and the funders it may come
   * from instead.
   *
   * @param f the funding
   * @return for example {@code ARS Occitanie, ou : les collectivités locales}
   */
  public String financeur(Financement f) {
    String who = f.financeur().map(this::intervenant)
        .orElseGet(() -> texts.t(f.fondsPropres() ? "funding.ownFundsOfLeads" : "budget.unknownFunder"));
    StringBuilder s = new StringBuilder(who);
    if (f.fondsPropres() && f.financeur().isPresent()) {
      s.append(", ").append(texts.t("funding.ownFunds"));
    }
    if (!f.financeursAlternatifs().isEmpty()) {
      s.append(", ").append(texts.t("funding.alternatives", intervenants(f.financeursAlternatifs())));
    }
    return s.toString();
  }

  /**
   * Returns the scheme a funding goes through.
   *
   * @param f the funding
   * @return for example {@code Fonds d'intervention régional (FIR)}, or empty
   */
  public String dispositif(Financement f) {
    return f.dispositif().map(d -> d.libelle().map(l -> l + " (" + texts.code(d.type()) + ")")
        .orElseGet(() -> texts.code(d.type()))).orElse("");
  }

  /**
   * Returns the strategic objective a fiche belongs to.
   *
   * @param view the fiche
   * @return its number and title, or empty when the fiche names none
   */
  public Optional<String> objectifStrategique(FicheView view) {
    return view.fiche().objectifStrategique().map(id -> view.axe().objectifsStrategiques().stream()
        .filter(o -> o.id().filter(id::equals).isPresent()).findFirst()
        .map(o -> o.numero().map(n -> n + " ").orElse("") + o.intitule()).orElse(id));
  }

  /**
   * Returns the title of the operation of a fiche that an indicator measures.
   *
   * @param fiche the fiche
   * @param indicateur one of its indicators
   * @return the operation's title, or empty when the indicator measures the whole fiche
   */
  public Optional<String> operationMesuree(FicheAction fiche, Indicateur indicateur) {
    return indicateur.operation().map(id -> fiche.operations().stream().filter(o -> o.id().equals(id))
        .findFirst().map(Operation::intitule).orElse(id));
  }

  /**
   * Returns the name of a governance body.
   *
   * @param id its local identifier
   * @return its name, else the label of its type, else the identifier
   */
  public String instance(String id) {
    return contrat.gouvernance().stream().flatMap(g -> g.instances().stream()).filter(i -> i.id().equals(id))
        .findFirst().map(i -> i.libelle().orElseGet(() -> texts.code(i.type()))).orElse(id);
  }

  /**
   * Returns how often a governance body meets.
   *
   * @param i the body
   * @return for example {@code au moins 1 par an, selon les besoins}
   */
  public String frequence(Instance i) {
    List<String> parts = new ArrayList<>();
    i.frequenceMinimaleParAn().ifPresent(n -> parts.add(texts.t("governance.perYear", n)));
    i.frequence().ifPresent(f -> parts.add(parts.isEmpty() ? texts.code(f) : texts.lower(texts.code(f))));
    return String.join(", ", parts);
  }

  /**
   * Returns a duration as the contract writes it.
   *
   * @param d the duration
   * @return for example {@code 3 mois (« trois mois avant la date d'effet »)}
   */
  public String delai(Delai d) {
    String s = d.valeur() + " " + texts.lower(texts.code(d.unite()));
    return d.libelle().map(l -> s + " " + texts.t("quoted", l)).orElse(s);
  }

  /**
   * Returns when a signatory signed: the day, or the month, quarter, half-year or year when the
   * day is not known.
   *
   * @param s the signatory
   * @return the date, or empty
   */
  public String signature(Signataire s) {
    return s.dateSignature().map(texts::date).or(() -> s.dateSignatureApprochee().map(texts::date)).orElse("");
  }

  /**
   * Returns the official identifiers of an actor.
   *
   * @param a the actor
   * @return for example {@code SIREN 200035756, FINESS 320000011}
   */
  public String identifiants(Acteur a) {
    List<String> ids = new ArrayList<>();
    a.siren().ifPresent(v -> ids.add("SIREN " + v));
    a.siret().ifPresent(v -> ids.add("SIRET " + v));
    a.finess().ifPresent(v -> ids.add("FINESS " + v));
    a.rna().ifPresent(v -> ids.add("RNA " + v));
    a.codeCommune().ifPresent(v -> ids.add(texts.t("actors.commune", v.toString())));
    a.codeDepartement().ifPresent(v -> ids.add(texts.t("actors.departement", v.toString())));
    a.codeRegion().ifPresent(v -> ids.add(texts.t("actors.region", v.toString())));
    return String.join(", ", ids);
  }

  /**
   * Returns the parts of a contact that the page shows: all of them when personal data is shown,
   * else those that are not personal data (the copy shown is already redacted).
   *
   * @param c the contact
   * @return its function, name, e-mail, telephone and address, those it has
   */
  public List<String> contact(Contact c) {
    return Stream.of(c.fonction(), c.nom(), c.courriel(), c.telephone(), c.adresse())
        .flatMap(Optional::stream).toList();
  }

  /**
   * Returns the fundings that the budget charts count for a fiche: its own, or those of its
   * operations when the fiche declares none of its own (so that no sum is counted twice).
   *
   * @param f the fiche
   * @return the fundings
   */
  private static List<Financement> counted(FicheAction f) {
    return f.financements().isEmpty()
        ? f.operations().stream().flatMap(o -> o.financements().stream()).toList()
        : f.financements();
  }

  /**
   * Returns the communes of the territory by name, or by code when the document gives no name.
   *
   * @return the names, separated by commas
   */
  public String communes() {
    return contrat.territoire().communes().stream().map(c -> c.nom().orElse(c.code().toString()))
        .collect(Collectors.joining(", "));
  }

  /**
   * Returns the steps of the contract's life in time order: its events, and the milestones of its
   * period.
   *
   * @return the steps; at the same start, the events before the milestones
   */
  public List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    for (Evenement e : contrat.evenements()) {
      steps.add(new Step(e.date(), e.fin(), texts.code(e.type()), e.libelle(), false));
    }
    contrat.periode().ifPresent(p -> p.jalons().forEach(j ->
        steps.add(new Step(j.date(), Optional.empty(), j.libelle(), Optional.empty(), true))));
    return steps.stream().sorted(Comparator.comparing(Step::date)).toList();
  }

  /**
   * Returns whether a step is still to come on the reference date.
   *
   * @param step the step
   * @return {@code true} when it starts after the reference date
   */
  public boolean planned(Step step) {
    return referenceDate.map(d -> step.date().premierJour().isAfter(d)).orElse(false);
  }

  /**
   * Returns the reference date, formatted.
   *
   * @return the date, or empty
   */
  public Optional<String> referenceDate() {
    return referenceDate.map(texts::date);
  }

  /**
   * Returns whether the page shows the contacts' personal data.
   *
   * @return {@code true} when it was asked for
   */
  public boolean personalData() {
    return personalData;
  }

  /**
   * Returns the calendar chart of the fiches and operations.
   *
   * @return its layout
   */
  public Gantt gantt() {
    List<Gantt.Item> items = new ArrayList<>();
    for (AxeView a : axes) {
      for (FicheView fv : a.fiches()) {
        FicheAction f = fv.fiche();
        String name = f.code() + " " + f.intitule();
        f.calendrier().ifPresent(p -> items.add(new Gantt.Item(f.id(), false, shorten(name, 38),
            name + " : " + calendrier(p), fv.part(), p, milestones(p))));
        for (OperationView ov : fv.operations()) {
          Operation o = ov.operation();
          o.calendrier().ifPresent(p -> items.add(new Gantt.Item(o.id(), true, shorten(o.intitule(), 36),
              f.code() + ", " + o.intitule() + " : " + calendrier(p), ov.part(), p, milestones(p))));
        }
      }
    }
    return new Gantt(contrat.periode(), items, referenceDate);
  }

  /** The milestones of a calendar, each with the text of its title. */
  private List<Gantt.Marker> milestones(Periode p) {
    return p.jalons().stream()
        .map(j -> new Gantt.Marker(j.date(), texts.t("planning.milestone", texts.date(j.date()), j.libelle())))
        .toList();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
  }

  /**
   * Returns the amounts of the fundings, summed by funder, largest first.
   *
   * @return the chart
   */
  public Bars byFunder() {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (AxeView a : axes) {
      for (FicheView f : a.fiches()) {
        for (Financement fin : counted(f.fiche())) {
          fin.montant().ifPresent(m -> sums.merge(
              fin.financeur().map(this::intervenant).orElseGet(() -> texts.t("budget.unknownFunder")),
              Texts.certain(m), BigDecimal::add));
        }
      }
    }
    return new Bars(largestFirst(sums), texts);
  }

  /**
   * Returns the amounts of the fundings, summed by axis, in the axes' order.
   *
   * @return the chart
   */
  public Bars byAxis() {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (AxeView a : axes) {
      BigDecimal sum = a.fiches().stream().flatMap(f -> counted(f.fiche()).stream())
          .map(fin -> fin.montant().map(Texts::certain).orElse(BigDecimal.ZERO))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      sums.put(texts.t("axis.title", a.axe().numero(), a.axe().intitule()), sum);
    }
    boolean any = sums.values().stream().anyMatch(v -> v.signum() != 0);
    return new Bars(any ? sums : Map.of(), texts);
  }

  private static Map<String, BigDecimal> largestFirst(Map<String, BigDecimal> sums) {
    return sums.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * Returns the small chart of an indicator's values.
   *
   * @param indicateur the indicator
   * @return its layout; empty with fewer than two dated numbers
   */
  public Sparkline sparkline(Indicateur indicateur) {
    return new Sparkline(indicateur, texts);
  }

  /**
   * Returns the latest value of a type of an indicator.
   *
   * @param indicateur the indicator
   * @param type reference, target or achieved
   * @return the value and its date, formatted, or empty
   */
  public String latest(Indicateur indicateur, TypeValeur type) {
    return latestValue(indicateur, type)
        .map(v -> v.nombre().map(texts::number).or(v::texte).orElse("") + " (" + texts.date(v.date()) + ")")
        .orElse("");
  }

  /**
   * Returns the comment on the latest value of a type of an indicator.
   *
   * @param indicateur the indicator
   * @param type reference, target or achieved
   * @return the comment, or empty
   */
  public Optional<String> comment(Indicateur indicateur, TypeValeur type) {
    return latestValue(indicateur, type).flatMap(ValeurIndicateur::commentaire);
  }

  private static Optional<ValeurIndicateur> latestValue(Indicateur indicateur, TypeValeur type) {
    return indicateur.valeurs().stream().filter(v -> v.type() == type).max(Comparator.comparing(ValeurIndicateur::date));
  }

  /**
   * Formats a coordinate of a drawing.
   *
   * @param v the coordinate
   * @return with one decimal at most, for example {@code 412.5}
   */
  public String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
  }

  /**
   * Returns the types of value of an indicator.
   *
   * @return reference, target, achieved
   */
  public List<TypeValeur> valueTypes() {
    return List.of(TypeValeur.values());
  }
}
