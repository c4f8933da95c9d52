package io.clsante.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

  @ParameterizedTest
  @ValueSource(strings = {"20003575600010", "35600000000001", "35600000000010", "35600000000047"})
  void parse_acceptsValidSirets(String text) {
    Siret siret = Siret.parse(text);
    assertEquals(text, siret.toString());
    assertEquals(text.substring(0, 9), siret.siren().toString());
    assertEquals(text.substring(9), siret.nic());
    assertTrue(Siret.isValid(text));
  }

  @ParameterizedTest
  @CsvSource({
      "20003575600011, clé de Luhn",
      "20003575700010, SIREN",
      "35600000000002, La Poste",
      "3560000000004, 14 chiffres",
      "2000357560001A, 14 chiffres",
      "'', 14 chiffres"})
  void parse_rejectsWithReason(String text, String reason) {
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Siret.parse(text));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertFalse(Siret.isValid(text));
  }

  @Test
  void laPosteException_isNotLuhn() {
    // 35600000000001 fails the Luhn check but is valid under La Poste's rule (sum 15).
    assertFalse(io.clsante.model.internal.Luhn.isValid("35600000000001"));
    assertTrue(Siret.isValid("35600000000001"));
  }
}
