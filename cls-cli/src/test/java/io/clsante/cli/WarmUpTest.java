package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's bundled contract. */
class WarmUpTest {
  /**
   * A finding would mean the warm-up leaves the path a valid document takes (an invalid document
   * calls the schema engine and Bean Validation, which the tool then starts for nothing).
   */
  @Test
  void sample_isAContractWithoutAnyFinding() throws IOException {
    byte[] sample;
    try (InputStream in = WarmUp.class.getResourceAsStream(WarmUp.SAMPLE)) {
      assertNotNull(in, WarmUp.SAMPLE);
      sample = in.readAllBytes();
    }
    Report report = ClsValidator.builder().referenceDate(LocalDate.of(2026, 11, 22)).build().validate(sample);
    assertEquals(List.of(), report.findings());
  }
}
