package io.clsante.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the launcher's archive (cls-cli's pom): the build runs it once to write the
 * AOT cache of a JDK 25 or later ({@code cls.aot}), or else the class-data archive of the build's
 * JDK ({@code cls.jsa}). It does what {@code cls validate} does for the common case and for the
 * others, so that the archive holds the classes of each: it validates the reference examples as
 * text (the case the start-up target measures), then, as JSON and SARIF, one of them with a value
 * of the wrong type (its findings, the JSON outputs). The spreadsheet commands are left out: a JDK 25
 * AOT cache loads every class it holds at start-up, and POI's made every {@code cls validate} about
 * 50 ms slower (docs/performance.md). Prints nothing; not part of the command line.
 */
public final class ArchiveRecording {
  private ArchiveRecording() {}

  /**
   * Runs the validations.
   *
   * @param args the directory of the reference examples, then one example in it
   * @throws IOException if the example cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    ClsCommand.run(none, none, "validate", args[0]);
    byte[] example = Files.readAllBytes(Path.of(args[1]));
    byte[] wrongType = new String(example, StandardCharsets.UTF_8)
        .replaceFirst("\"nature\": \"CLS\"", "\"nature\": 3").getBytes(StandardCharsets.UTF_8);
    for (String format : List.of("json", "sarif")) {
      ClsCommand.run(new ByteArrayInputStream(wrongType), none, none, "validate", "--format", format, "-");
    }
  }
}
