package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The training runs of the launcher's archives complete on the reference examples, print nothing
 * and leave no file behind; the build would otherwise write an archive from a run cut short,
 * silently.
 */
class ArchiveRecordingTest {
  private static final String EXAMPLES = "../examples/contrats";

  @ParameterizedTest
  @ValueSource(strings = {"validation", "tableur"})
  void recordingRun_completesQuietly(String kind) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    String tmp = System.getProperty("java.io.tmpdir");
    long scratchBefore = scratchDirectories(Path.of(tmp));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      ArchiveRecording.main(new String[] {kind, EXAMPLES, EXAMPLES + "/cls-astarac-2025-2029.json"});
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
    assertEquals(scratchBefore, scratchDirectories(Path.of(tmp)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"validation", "tableur"})
  void missingExample_fails(String kind) {
    assertThrows(NoSuchFileException.class,
        () -> ArchiveRecording.main(new String[] {kind, EXAMPLES, EXAMPLES + "/absent.json"}));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "import"})
  void unknownKind_fails(String kind) {
    assertThrows(IllegalArgumentException.class,
        () -> ArchiveRecording.main(new String[] {kind, EXAMPLES, EXAMPLES + "/cls-astarac-2025-2029.json"}));
  }

  private static long scratchDirectories(Path tmp) throws Exception {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("cls-archive")).count();
    }
  }
}
