package io.clsante.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.Montant;
import io.clsante.model.StatutContrat;
import io.clsante.model.Thematique;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.json.JsonType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageFormatterTest {

  /** An argument, and how it reads in French and in English. */
  static Stream<Arguments> arguments() {
    return Stream.of(
        Arguments.of(StatutContrat.EN_VIGUEUR, "En vigueur", "in force"),
        Arguments.of(Thematique.SANTE_MENTALE, "Santé mentale", "mental health"),
        Arguments.of(List.of(StatutContrat.SIGNE, StatutContrat.ECHU), "Signé, Échu", "signed, expired"),
        Arguments.of(List.of(), "", ""),
        Arguments.of(montant("1500"), "1\u202f500,00\u00a0€", "€1,500.00"),
        Arguments.of(montant("0"), "0,00\u00a0€", "€0.00"),
        Arguments.of(montant("-1500.5"), "-1\u202f500,50\u00a0€", "-€1,500.50"),
        Arguments.of(montant("1234567.891"), "1\u202f234\u202f567,891\u00a0€", "€1,234,567.891"),
        Arguments.of(montant("999.999999"), "999,999999\u00a0€", "€999.999999"),
        Arguments.of(Montant.entre(new BigDecimal("8000"), new BigDecimal("10000")),
            "8\u202f000,00\u00a0€ – 10\u202f000,00\u00a0€", "€8,000.00 – €10,000.00"),
        Arguments.of(Montant.builder().minimum(new BigDecimal("8000")).build(), "≥ 8\u202f000,00\u00a0€",
            "≥ €8,000.00"),
        Arguments.of(Montant.builder().maximum(new BigDecimal("10000")).build(), "≤ 10\u202f000,00\u00a0€",
            "≤ €10,000.00"),
        Arguments.of(Montant.builder().build(), "?", "?"),
        Arguments.of(new BigDecimal("100"), "100", "100"),
        Arguments.of(new BigDecimal("99.990"), "99,99", "99.99"),
        Arguments.of(new BigDecimal("-1000"), "-1\u202f000", "-1,000"),
        Arguments.of(new BigDecimal("1E+3"), "1\u202f000", "1,000"),
        Arguments.of(new BigDecimal("0.000001"), "0,000001", "0.000001"),
        Arguments.of(2026, "2026", "2026"),
        Arguments.of(12345L, "12345", "12345"),
        Arguments.of(LocalDate.of(2026, 11, 22), "2026-11-22", "2026-11-22"),
        Arguments.of(CodeCommune.parse("32013"), "32013", "32013"),
        Arguments.of("l'axe « 1 »", "l'axe « 1 »", "l'axe « 1 »"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void text_rendersEachTypeForTheLanguage(Object argument, String fr, String en) {
    assertEquals(fr, MessageFormatter.text(argument, Locale.FRENCH));
    assertEquals(en, MessageFormatter.text(argument, Locale.ENGLISH));
  }

  @Test
  void format_replacesPlaceholdersByIndex_andKeepsApostrophes() {
    assertEquals("l'axe 2 est « En vigueur » depuis le 2025-11-13 (2)",
        MessageFormatter.format("l'axe {1} est « {0} » depuis le {2} ({1})",
            List.of(StatutContrat.EN_VIGUEUR, 2, LocalDate.of(2025, 11, 13)), Locale.FRENCH));
  }

  @Test
  void format_leavesAPlaceholderWithoutArgumentAsWritten() {
    assertEquals("a {1} {12} {x} {} {123}", MessageFormatter.format("{0} {1} {12} {x} {} {123}", List.of("a"), Locale.FRENCH));
  }

  @Test
  void format_copiesReplacementCharactersOfArgumentsLiterally() {
    assertEquals("C:\\dossier $1", MessageFormatter.format("{0}", List.of("C:\\dossier $1"), Locale.ENGLISH));
  }

  @Test
  void language_isEnglishForEnglishLocales_andFrenchOtherwise() {
    assertEquals(Locale.ENGLISH, MessageFormatter.language(Locale.UK));
    assertEquals(Locale.ENGLISH, MessageFormatter.language(Locale.ENGLISH));
    for (Locale other : Arrays.asList(Locale.FRANCE, Locale.GERMAN, Locale.ROOT, null)) {
      assertEquals(Locale.FRENCH, MessageFormatter.language(other));
    }
  }

  @Test
  void text_ofAnOtherLanguage_isFrench() {
    assertEquals("En vigueur", MessageFormatter.text(StatutContrat.EN_VIGUEUR, Locale.GERMAN));
    assertEquals("1\u202f500,5", MessageFormatter.text(new BigDecimal("1500.5"), Locale.GERMAN));
  }

  @Test
  void text_ofAJsonType_isItsNameInTheLanguage() {
    assertEquals("une chaîne", MessageFormatter.text(JsonType.STRING, Locale.FRENCH));
    assertEquals("a string", MessageFormatter.text(JsonType.STRING, Locale.ENGLISH));
    assertEquals("A, B, un entier", MessageFormatter.text(List.of("A", "B", JsonType.INTEGER), Locale.FRENCH));
  }

  private static Montant montant(String valeur) {
    return Montant.of(new BigDecimal(valeur));
  }
}
