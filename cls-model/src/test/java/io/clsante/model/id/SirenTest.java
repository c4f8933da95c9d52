package io.clsante.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {
  /** SIRENs of the intercommunalities of the seed territories. */
  static final List<String> SEED_SIRENS = List.of(
      "200035756", // CC Astarac Arros en Gascogne
      "243200425", // CC Cœur d'Astarac en Gascogne
      "200072320", // CC Val de Gers
      "200066322", // CC Terres des Confluences
      "200069151", // CC Gorges Causses Cévennes
      "200066637", // CC Hautes Terres
      "200066660"); // CC de Saint-Flour

  @ParameterizedTest
  @MethodSource("seedSirens")
  void parse_acceptsSeedTerritories(String text) {
    Siren siren = Siren.parse(text);
    assertEquals(text, siren.toString());
    assertEquals(siren, Siren.parse(siren.toString()));
    assertTrue(Siren.isValid(text));
  }

  static Stream<String> seedSirens() {
    return SEED_SIRENS.stream();
  }

  /** Every change of a single digit breaks the Luhn check. */
  @ParameterizedTest
  @MethodSource("oneDigitMutations")
  void parse_rejectsEveryOneDigitMutation(String mutated) {
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Siren.parse(mutated));
    assertEquals("SIREN", e.kind());
    assertEquals(mutated, e.rejected());
    assertTrue(e.getMessage().contains(mutated), e.getMessage());
    assertFalse(Siren.isValid(mutated));
  }

  static Stream<String> oneDigitMutations() {
    List<String> out = new ArrayList<>();
    for (String s : SEED_SIRENS) {
      for (int i = 0; i < s.length(); i++) {
        for (char d = '0'; d <= '9'; d++) {
          if (d != s.charAt(i)) {
            out.add(s.substring(0, i) + d + s.substring(i + 1));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20003575", "2000357560", "20003575a", " 200035756", "200 035 756",
      "２００035756", "-20003575"})
  void parse_rejectsBadFormat(String text) {
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Siren.parse(text));
    assertTrue(e.getMessage().contains("9 chiffres"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void parse_rejectsNull() {
    assertThrows(InvalidIdentifierException.class, () -> Siren.parse(null));
    assertFalse(Siren.isValid(null));
  }
}
