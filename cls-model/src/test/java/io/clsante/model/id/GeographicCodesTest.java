package io.clsante.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeographicCodesTest {

  @ParameterizedTest
  @CsvSource({"32013, 32", "2A004, 2A", "2B033, 2B", "97411, 974", "97611, 976", "01001, 01", "95690, 95",
      "15187, 15", "48094, 48", "82033, 82"})
  void codeCommune_parsesAndKnowsItsDepartement(String code, String departement) {
    CodeCommune c = CodeCommune.parse(code);
    assertEquals(code, c.toString());
    assertEquals(departement, c.departement().toString());
    assertTrue(CodeCommune.isValid(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3201", "320130", "20004", "00001", "96001", "2C004", "2a004", "3201A", " 32013"})
  void codeCommune_rejectsBadCodes(String code) {
    assertThrows(InvalidIdentifierException.class, () -> CodeCommune.parse(code));
    assertFalse(CodeCommune.isValid(code));
  }

  @Test
  void codeCommune_explainsCorsica() {
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> CodeCommune.parse("20004"));
    assertTrue(e.getMessage().contains("2A ou 2B"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "19", "2A", "2B", "21", "32", "95", "971", "974", "976", "978", "987"})
  void codeDepartement_accepts(String code) {
    assertEquals(code, CodeDepartement.parse(code).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "00", "20", "96", "979", "980", "2C", "320", "1"})
  void codeDepartement_rejects(String code) {
    assertThrows(InvalidIdentifierException.class, () -> CodeDepartement.parse(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"76", "84", "11", "01", "06"})
  void codeRegion_accepts(String code) {
    assertEquals(code, CodeRegion.parse(code).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "7", "760", "7A"})
  void codeRegion_rejects(String code) {
    assertThrows(InvalidIdentifierException.class, () -> CodeRegion.parse(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"320000011", "2A0000011", "2B0000011", "820000016"})
  void finess_accepts(String code) {
    assertEquals(code, Finess.parse(code).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "32000001", "3200000111", "2C0000011", "A20000011", "32000001X"})
  void finess_rejects(String code) {
    assertThrows(InvalidIdentifierException.class, () -> Finess.parse(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"W321000017", "W2A1000017", "W9R2000123"})
  void rna_accepts(String code) {
    assertEquals(code, Rna.parse(code).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "321000017", "W32100001", "w321000017", "W3210000170"})
  void rna_rejects(String code) {
    assertThrows(InvalidIdentifierException.class, () -> Rna.parse(code));
  }

  @Test
  void identifiersOfDifferentKinds_areNeverEqual() {
    assertFalse(CodeRegion.parse("32").equals(CodeDepartement.parse("32")));
    assertTrue(CodeRegion.parse("32").compareTo(CodeDepartement.parse("32")) != 0);
  }
}
