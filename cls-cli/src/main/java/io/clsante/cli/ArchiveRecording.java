package io.clsante.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run the build records the launcher's class-data archive from ({@code cls.jsa}, cls-cli's
 * pom): what {@code cls validate} does for the common case and for the others, so that the archive
 * holds the classes of each. It validates the reference examples as text (the case the start-up
 * target measures), then, as JSON and SARIF, one of them with a value of the wrong type (the schema
 * engine, its findings, the JSON outputs). Hibernate Validator, which only a contract with an
 * e-mail address or a broken constraint needs, is left out: its classes add about 4 MB to the
 * archive, which every start maps (with them, a valid document took about 7 ms more than with the
 * archive of the examples alone). Prints nothing; not part of the command line.
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
    // As ClsCommand.main does before its command line.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    WarmUp.startFor(new String[] {"validate"});
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    ClsCommand.run(none, none, "validate", args[0]);
    byte[] example = Files.readAllBytes(Path.of(args[1]));
    byte[] wrongType = new String(example, StandardCharsets.UTF_8)
        .replaceFirst("\"nature\": \"CLS\"", "\"nature\": 3").getBytes(StandardCharsets.UTF_8);
    for (String format : new String[] {"json", "sarif"}) {
      ClsCommand.run(new ByteArrayInputStream(wrongType), none, none, "validate", "--format", format, "-");
    }
  }
}
