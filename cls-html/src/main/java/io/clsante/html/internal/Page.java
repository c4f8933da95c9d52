package io.clsante.html.internal;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Evenement;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.Operation;
import io.clsante.model.PublicCible;
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
      Map.entry("/axes", "plan"));

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
   * @param part the name of its part of the page, which is also its fragment
   */
  public record FicheView(FicheAction fiche, String part) {}

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
        String fichePart = "fiche-" + (i + 1) + "-" + (j + 1);
        parts.put("/axes/" + i + "/fiches/" + j, fichePart);
        fiches.add(new FicheView(axe.fiches().get(j), fichePart));
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
   * Returns the events of the contract's life, in time order.
   *
   * @return the events
   */
  public List<Evenement> evenements() {
    return contrat.evenements().stream().sorted(Comparator.comparing(Evenement::date)).toList();
  }

  /**
   * Returns whether an event is still to come on the reference date.
   *
   * @param e the event
   * @return {@code true} when it starts after the reference date
   */
  public boolean planned(Evenement e) {
    return referenceDate.map(d -> e.date().premierJour().isAfter(d)).orElse(false);
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
            name + " : " + texts.periode(p), fv.part(), p)));
        for (Operation o : f.operations()) {
          o.calendrier().ifPresent(p -> items.add(new Gantt.Item(o.id(), true, shorten(o.intitule(), 36),
              f.code() + ", " + o.intitule() + " : " + texts.periode(p), fv.part(), p)));
        }
      }
    }
    return new Gantt(contrat.periode(), items, referenceDate);
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
        for (Financement fin : f.fiche().financements()) {
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
      BigDecimal sum = a.fiches().stream().flatMap(f -> f.fiche().financements().stream())
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
    return indicateur.valeurs().stream().filter(v -> v.type() == type)
        .max(Comparator.comparing(ValeurIndicateur::date))
        .map(v -> v.nombre().map(texts::number).or(v::texte).orElse("") + " (" + texts.date(v.date()) + ")")
        .orElse("");
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
