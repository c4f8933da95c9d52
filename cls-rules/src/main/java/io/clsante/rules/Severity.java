package io.clsante.rules;

import java.util.Locale;

/**
 * How serious a finding is. A document is valid when no finding is an {@link #ERROR}.
 */
public enum Severity {
  /** The document is wrong: it breaks the format, the law or a rule the profile makes mandatory. */
  ERROR("error"),
  /** The document is probably incomplete or inconsistent; it stays valid. */
  WARNING("warning"),
  /** Something worth knowing (for example that the document holds personal data). */
  INFO("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /**
   * Returns the label of this severity in a language: French unless the language is English.
   *
   * @param locale the locale
   * @return for example {@code ERREUR} or {@code ERROR}
   */
  public String label(Locale locale) {
    return Texts.format(locale, "severity." + name());
  }

  /**
   * Returns the SARIF 2.1.0 level of this severity.
   *
   * @return {@code error}, {@code warning} or {@code note}
   */
  public String sarifLevel() {
    return sarifLevel;
  }
}
