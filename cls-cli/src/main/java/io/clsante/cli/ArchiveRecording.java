package io.clsante.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training runs of the launcher's archives (cls-cli's pom). The build runs each once to write
 * the AOT cache of a JDK 25 or later, or else the class-data archive of the build's JDK:
 *
 * <ul>
 *   <li>{@code validation} ({@code cls.aot} or {@code cls.jsa}): what {@code cls validate} does for
 *       the common case and for the others. It validates the reference examples as text (the case
 *       the start-up target measures), then, as JSON and SARIF, one of them with a value of the
 *       wrong type (its findings, the JSON outputs);
 *   <li>{@code tableur} ({@code cls-tableur.aot}, JDK 25 only): what {@code cls import} and
 *       {@code cls export} do. It exports the example to the plan template and to CSV, then imports
 *       the plan back with the example as its metadata, and validates the result.
 * </ul>
 *
 * <p>Two caches rather than one: a JDK 25 AOT cache loads every class it holds at start-up, and the
 * spreadsheet library's classes made every {@code cls validate} about 50 ms slower; the launcher
 * picks the spreadsheet one for {@code import} and {@code export} (docs/performance.md). Prints
 * nothing; not part of the command line.
 */
public final class ArchiveRecording {
  private ArchiveRecording() {}

  /**
   * Runs one training.
   *
   * @param args {@code validation} or {@code tableur}, the directory of the reference examples,
   *     then one example in it
   * @throws IOException if the example cannot be read or a temporary file written
   */
  public static void main(String[] args) throws IOException {
    Path examples = Path.of(args[1]);
    Path example = Path.of(args[2]);
    switch (args[0]) {
      case "validation" -> validations(examples, example);
      case "tableur" -> spreadsheets(example);
      default -> throw new IllegalArgumentException("validation or tableur: " + args[0]);
    }
  }

  private static void validations(Path examples, Path example) throws IOException {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    ClsCommand.run(none, none, "validate", examples.toString());
    byte[] wrongType = Files.readString(example)
        .replaceFirst("\"nature\": \"CLS\"", "\"nature\": 3").getBytes(StandardCharsets.UTF_8);
    for (String format : List.of("json", "sarif")) {
      ClsCommand.run(new ByteArrayInputStream(wrongType), none, none, "validate", "--format", format, "-");
    }
  }

  private static void spreadsheets(Path example) throws IOException {
    if (!Files.isReadable(example)) {
      throw new NoSuchFileException(example.toString());
    }
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    Path scratch = Files.createTempDirectory("cls-archive");
    try {
      String plan = scratch.resolve("plan.xlsx").toString();
      ClsCommand.run(none, none, "export", "--to", "tet", example.toString(), "-o", plan);
      ClsCommand.run(none, none, "export", "--to", "csv", example.toString(), "-o", scratch.resolve("fiches.csv").toString());
      ClsCommand.run(none, none, "import", "--from", "tet", plan, "--metadonnees", example.toString(),
          "-o", scratch.resolve("contrat.json").toString());
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
