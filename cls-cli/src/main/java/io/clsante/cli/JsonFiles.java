package io.clsante.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The documents a directory given on the command line holds: every {@code *.json} file below it. */
final class JsonFiles {
  private JsonFiles() {}

  /**
   * Lists the {@code *.json} files below a directory, sorted.
   *
   * @param dir the directory
   * @param err where to say why it cannot be read
   * @param en whether to say it in English
   * @return the files, or null after saying why the directory cannot be read
   */
  static List<Path> below(Path dir, PrintWriter err, boolean en) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      err.println("cls : " + (en ? "cannot read directory " : "lecture impossible du répertoire ") + dir + " : "
          + e.getMessage());
      return null;
    }
  }
}
