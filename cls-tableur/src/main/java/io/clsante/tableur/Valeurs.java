package io.clsante.tableur;

import io.clsante.model.ClsException;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Priorite;
import io.clsante.model.StatutFiche;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/** How the values of the template's cells read: dates, amounts, lists, numbering, code lists. */
final class Valeurs {
  private Valeurs() {}

  /** A date read from a cell, with what is worth reporting about how it was read. */
  record DateLue(DateCalendaire date, String cle, List<Object> arguments) {
    static DateLue nette(DateCalendaire date) {
      return new DateLue(date, null, List.of());
    }
  }

  private static final Pattern JMA = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
  private static final Pattern ISO_HEURE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?");
  private static final Pattern MA = Pattern.compile("(\\d{1,2})[/.\\-](\\d{4})");

  /**
   * Reads a date: a date cell, an Excel serial number, a text in one of the forms the format
   * writes ({@code 2025-11-13}, {@code 2025-11}, {@code 2025-T4}, {@code 2025-S2}, {@code 2025}),
   * {@code 31/12/2025}, {@code 12/2025}, or a short date such as {@code 12/14/20}, read as the
   * United States write it when the day cannot be first, and reported as ambiguous when both
   * readings are possible.
   */
  static Optional<DateLue> date(Cellule c) {
    if (c.nombre() != null) {
      double serial = c.nombre().doubleValue();
      if (serial < 1 || serial > 109_938 || !DateUtil.isValidExcelDate(serial)) {
        return Optional.empty();
      }
      LocalDate jour = DateUtil.getLocalDateTime(serial).toLocalDate();
      DateCalendaire d = DateCalendaire.jour(jour);
      return Optional.of(c.date() ? DateLue.nette(d) : new DateLue(d, "date.serie", List.of(net(c.nombre()).toPlainString(), jour)));
    }
    String t = c.texteNet().orElse("");
    if (ISO_HEURE.matcher(t).matches()) {
      // A date and time written as text, 2025-12-31T00:00:00: the day.
      t = t.substring(0, 10);
    }
    try {
      return Optional.of(DateLue.nette(DateCalendaire.parse(t)));
    } catch (ClsException e) {
      // Not one of the format's forms: the forms of spreadsheets follow.
    }
    try {
      Matcher m = JMA.matcher(t);
      if (m.matches()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean court = m.group(3).length() == 2;
        int annee = Integer.parseInt(m.group(3)) + (court ? 2000 : 0);
        if (a > 12 || !court) {
          return Optional.of(DateLue.nette(DateCalendaire.jour(LocalDate.of(annee, b, a))));
        }
        if (b > 12) {
          LocalDate us = LocalDate.of(annee, a, b);
          return Optional.of(new DateLue(DateCalendaire.jour(us), "date.us", List.of(t, us)));
        }
        LocalDate fr = LocalDate.of(annee, b, a);
        return Optional.of(new DateLue(DateCalendaire.jour(fr), "date.ambigue", List.of(t, fr)));
      }
      m = MA.matcher(t);
      if (m.matches()) {
        return Optional.of(DateLue.nette(DateCalendaire.mois(YearMonth.of(Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))))));
      }
    } catch (DateTimeException | ClsException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static final Pattern MONTANT = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

  /**
   * Reads an amount: a number, or a text such as {@code 15 000 €}, {@code 15000,50} or
   * {@code 1 500,00 € HT}.
   */
  static Optional<BigDecimal> montant(Cellule c) {
    if (c.nombre() != null) {
      return Optional.of(net(c.nombre()));
    }
    String t = c.texteNet().orElse("").replaceAll("(?i)€|eur(os?)?|\\bHT\\b|\\s|\u00a0|\u202f", "");
    if (t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
      t = t.replace(".", "");
    }
    if (!MONTANT.matcher(t).matches()) {
      return Optional.empty();
    }
    return Optional.of(net(new BigDecimal(t.replace(',', '.'))));
  }

  /** The amount without trailing zeros after its point: 15000.00 and 15000 are one amount. */
  static BigDecimal net(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Splits a list: a cell on several lines, or with "- " or "• " bullets, is split by lines;
   * a cell on one line by commas.
   */
  static List<String> liste(String texte) {
    String t = texte.strip();
    List<String> out = new ArrayList<>();
    if (t.contains("\n") || t.startsWith("- ") || t.startsWith("• ")) {
      for (String ligne : t.split("\\R")) {
        String s = ligne.strip().replaceFirst("^([-•*]|\\d+[.)])\\s+", "").strip();
        if (!s.isEmpty()) {
          out.add(s.endsWith(",") || s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s);
        }
      }
      return out;
    }
    Arrays.stream(t.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }

  /** A numbering at the head of a title, and the title after it. */
  record Numerote(String code, String numero, String titre) {}

  private static final Pattern NUMEROTATION = Pattern.compile(
      "(?iu)^(?<code>(?:(?:sous-axe|axe|orientation(?:\\s+strat[ée]gique)?|objectif(?:\\s+strat[ée]gique)?|os"
          + "|fiche(?:\\s+action)?|fa|action|sous-action|a)\\s*(?:n°\\s*)?)?"
          + "(?<numero>\\d+(?:[.\\-]?(?:f)?\\d+)*))\\s*(?:[.:\\-–—)]|\\s(?=[-–—]))\\s*(?<titre>\\S.*)$",
      java.util.regex.Pattern.DOTALL);

  /**
   * Reads the numbering at the head of a title in the spellings plans use: {@code Axe 1. …},
   * {@code Axe 2 - …}, {@code 4.2 : …}, {@code Objectif stratégique 1. …}, {@code Fiche Action 5. …},
   * {@code Action 1. …}, {@code FA 1.2 - …}.
   */
  static Optional<Numerote> numerote(String texte) {
    Matcher m = NUMEROTATION.matcher(texte.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Numerote(m.group("code").strip(), m.group("numero"), m.group("titre").strip()));
  }

  /** The first whole number of a numbering: 2 for {@code 2.3}. */
  static int premier(String numero) {
    Matcher m = Pattern.compile("\\d+").matcher(numero);
    return m.find() ? Integer.parseInt(m.group()) : 0;
  }

  private static final Map<String, StatutFiche> STATUTS = Map.of(
      "a venir", StatutFiche.A_VENIR, "en cours", StatutFiche.EN_COURS, "realise", StatutFiche.REALISEE,
      "en pause", StatutFiche.EN_PAUSE, "abandonne", StatutFiche.ABANDONNEE, "bloque", StatutFiche.BLOQUEE,
      "en retard", StatutFiche.EN_RETARD, "a discuter", StatutFiche.A_DISCUTER);

  /** The template's words for the statuses, in the order of the code list. */
  static final Map<StatutFiche, String> LIBELLES_STATUTS = Map.of(
      StatutFiche.A_VENIR, "À venir", StatutFiche.EN_COURS, "En cours", StatutFiche.REALISEE, "Réalisé",
      StatutFiche.EN_PAUSE, "En pause", StatutFiche.ABANDONNEE, "Abandonné", StatutFiche.BLOQUEE, "Bloqué",
      StatutFiche.EN_RETARD, "En retard", StatutFiche.A_DISCUTER, "A discuter");

  static Optional<StatutFiche> statut(String texte) {
    String t = Colonne.normaliser(texte);
    t = t.endsWith("e") && STATUTS.containsKey(t.substring(0, t.length() - 1)) ? t.substring(0, t.length() - 1) : t;
    return Optional.ofNullable(STATUTS.get(t));
  }

  /** The template's words for the priorities. */
  static final Map<Priorite, String> LIBELLES_PRIORITES = Map.of(
      Priorite.HAUTE, "Élevé", Priorite.MOYENNE, "Moyen", Priorite.BASSE, "Bas");

  static Optional<Priorite> priorite(String texte) {
    return switch (Colonne.normaliser(texte)) {
      case "eleve", "elevee", "haute", "haut" -> Optional.of(Priorite.HAUTE);
      case "moyen", "moyenne" -> Optional.of(Priorite.MOYENNE);
      case "bas", "basse", "faible" -> Optional.of(Priorite.BASSE);
      default -> Optional.empty();
    };
  }

  /** The template's values of citizen participation, as written in it. */
  static final List<String> PARTICIPATIONS = List.of(
      "pas de participation", "information", "consultation", "concertation", "co-construction");

  static Optional<String> participation(String texte) {
    String t = Colonne.normaliser(texte);
    return PARTICIPATIONS.stream().filter(p -> Colonne.normaliser(p).equals(t)).findFirst();
  }
}
