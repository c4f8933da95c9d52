package io.clsante.rules.financements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChiffresTest {

  static Stream<Arguments> montants() {
    return Stream.of(
        Arguments.of("1500", "1\u202f500,00\u00a0€", "€1,500.00"),
        Arguments.of("0", "0,00\u00a0€", "€0.00"),
        Arguments.of("-1500.5", "-1\u202f500,50\u00a0€", "-€1,500.50"),
        Arguments.of("1234567.891", "1\u202f234\u202f567,891\u00a0€", "€1,234,567.891"),
        Arguments.of("999.999999", "999,999999\u00a0€", "€999.999999"),
        Arguments.of("pas un nombre", "pas un nombre", "pas un nombre"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("montants")
  void montant_isWrittenForEachLanguage_withoutRounding(String nombre, String fr, String en) {
    assertEquals(fr, Chiffres.montant(nombre, Locale.FRENCH));
    assertEquals(en, Chiffres.montant(nombre, Locale.ENGLISH));
  }

  static Stream<Arguments> pourcentages() {
    return Stream.of(
        Arguments.of("100", "100\u00a0%", "100%"),
        Arguments.of("99.990", "99,99\u00a0%", "99.99%"),
        Arguments.of("1000", "1\u202f000\u00a0%", "1,000%"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pourcentages")
  void pourcentage_isWrittenForEachLanguage(String nombre, String fr, String en) {
    assertEquals(fr, Chiffres.pourcentage(nombre, Locale.FRENCH));
    assertEquals(en, Chiffres.pourcentage(nombre, Locale.ENGLISH));
  }
}
