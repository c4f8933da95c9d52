package io.clsante.html;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a contract is rendered: the language of the page, whether personal data is shown, and the
 * date the page is written for (events after it are "planned", and the calendars mark it).
 *
 * @param locale the language of the page: French unless the language is English
 * @param personalData {@code true} to show the contacts' names, e-mail addresses and telephone
 *     numbers; {@code false} (the default) renders the {@linkplain
 *     io.clsante.model.ContratLocalDeSante#redacted() redacted} copy of the contract
 * @param referenceDate the date the page is written for, or empty for none (no "today" mark)
 */
public record HtmlOptions(Locale locale, boolean personalData, Optional<LocalDate> referenceDate) {
  /**
   * Checks the components and keeps French or English only.
   *
   * @param locale the language of the page
   * @param personalData whether personal data is shown
   * @param referenceDate the date the page is written for, or empty
   */
  public HtmlOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(referenceDate, "referenceDate");
    locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }

  /**
   * Returns the defaults: French, personal data left out, no reference date.
   *
   * @return the default options
   */
  public static HtmlOptions defaults() {
    return new HtmlOptions(Locale.FRENCH, false, Optional.empty());
  }

  /**
   * Returns these options in another language.
   *
   * @param locale French, or English
   * @return the new options
   */
  public HtmlOptions withLocale(Locale locale) {
    return new HtmlOptions(locale, personalData, referenceDate);
  }

  /**
   * Returns these options with personal data shown or left out.
   *
   * @param personalData {@code true} to show it
   * @return the new options
   */
  public HtmlOptions withPersonalData(boolean personalData) {
    return new HtmlOptions(locale, personalData, referenceDate);
  }

  /**
   * Returns these options with a reference date.
   *
   * @param date the date the page is written for
   * @return the new options
   */
  public HtmlOptions withReferenceDate(LocalDate date) {
    return new HtmlOptions(locale, personalData, Optional.of(date));
  }
}
