package io.clsante.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import java.util.Locale;

/**
 * Fuzzes the JSON reader with raw bytes. In the normal build, Jazzer replays the committed corpus
 * ({@code ClsJsonFuzzTestInputs/read/}: reference examples, generated contracts, mutants, and every
 * input a fuzzing run once found failing); with {@code JAZZER_FUZZ=1} it fuzzes for real.
 *
 * <p>Invariants: the only exception is the documented {@link ClsJsonException}, always with a kind,
 * a pointer and a message in both languages, and with the first problem {@code check} gives; a
 * document read without error is read again equal after a canonical write, is read the same by
 * {@code check}, and is read the same by Jackson's data binding alone (the generated binding accepts
 * nothing that Jackson would refuse or read otherwise).
 */
class ClsJsonFuzzTest {
  private static final ClsJson JSON = ClsJson.defaults();

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    ContratLocalDeSante contrat;
    try {
      contrat = JSON.read(input);
    } catch (ClsJsonException e) {
      assertNotNull(e.problem());
      assertNotNull(e.pointer());
      assertFalse(e.getMessage().isBlank());
      assertFalse(e.message(Locale.ENGLISH).isBlank());
      assertEquals(e.problem(), JSON.check(input).problems().get(0),
          "read refused with another problem than the first of check");
      return;
    }
    byte[] written = JSON.writeBytes(contrat);
    try {
      assertEquals(contrat, JSON.mapper().readValue(input, ContratLocalDeSante.class),
          "Jackson's data binding reads it otherwise");
    } catch (tools.jackson.core.JacksonException e) {
      throw new AssertionError("read accepted what Jackson's data binding refuses: " + e.getOriginalMessage(), e);
    }
    try {
      assertEquals(contrat.toCurrentVersion(), JSON.read(written), "read → write → read changed the contract");
      assertEquals(contrat, JSON.check(input).contrat().orElseThrow(), "check differs from read");
    } catch (ClsJsonException e) {
      throw new AssertionError("a document read without error failed on its second reading: " + e.getMessage(), e);
    }
    assertTrue(java.util.Arrays.equals(written, JSON.writeBytes(contrat)), "write is not deterministic");
  }
}
