package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * The training run of the launcher's archive completes on the reference examples and prints
 * nothing; the build would otherwise write the archive from a run cut short, silently.
 */
class ArchiveRecordingTest {
  @Test
  void recordingRun_completesQuietly() throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      ArchiveRecording.main(new String[] {"../examples/contrats", "../examples/contrats/cls-astarac-2025-2029.json"});
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void missingExample_fails() {
    assertThrows(NoSuchFileException.class,
        () -> ArchiveRecording.main(new String[] {"../examples/contrats", "../examples/contrats/absent.json"}));
  }
}
