package io.clsante.cli;

import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files a command reads and writes, and what it says when one cannot be used. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a file, or standard input for {@code -}; a file that is missing or cannot be read is
   * reported on the error stream.
   *
   * @param input the path given, or {@code -}
   * @param stdin the command's standard input
   * @param err where a problem is reported
   * @param en whether to report in English
   * @return the bytes, or empty when the problem was reported (exit code 2)
   */
  static Optional<byte[]> read(String input, InputStream stdin, PrintWriter err, boolean en) {
    try {
      return Optional.of(input.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(input)));
    } catch (NoSuchFileException e) {
      err.println("cls : " + (en ? "file not found: " : "fichier introuvable : ") + input);
    } catch (IOException | InvalidPathException e) {
      err.println("cls : " + (en ? "cannot read " : "lecture impossible de ") + input + " : " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Reports a document that cannot be read as a contract: what was not done, then its errors.
   *
   * @param report the document's validation report
   * @param notDone for example {@code : pas de page, le document ne peut être lu}
   * @param err where it goes
   * @param locale the language of the findings
   */
  static void reportUnreadable(Report report, String notDone, PrintWriter err, Locale locale) {
    err.println(report.source() + notDone);
    report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .forEach(f -> err.println("  " + f.format(locale)));
  }

  /**
   * Writes a file the command produces ({@link AtomicFiles#write}); a failure is reported on the
   * error stream.
   *
   * @param file the file
   * @param content its content
   * @param err where a problem is reported
   * @param en whether to report in English
   * @return whether the file was written; false when the problem was reported (exit code 2)
   */
  static boolean write(Path file, byte[] content, PrintWriter err, boolean en) {
    try {
      AtomicFiles.write(file, content);
      return true;
    } catch (IOException e) {
      err.println("cls : " + (en ? "cannot write " : "écriture impossible de ") + file + " : " + e.getMessage());
      return false;
    }
  }

  /**
   * Reports a path the system cannot name a file with.
   *
   * @param path the path as given
   * @param err where it is reported
   * @param en whether to report in English
   */
  static void reportInvalidPath(String path, PrintWriter err, boolean en) {
    err.println("cls : " + (en ? "invalid path: " : "chemin invalide : ") + path);
  }
}
