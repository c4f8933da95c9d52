package io.clsante.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing the files the commands produce, so that an interrupted run never leaves half a file. */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes the content beside the file, then moves it over the file in one step.
   *
   * @param file the file to create or replace
   * @param content its new content
   * @throws IOException if the directory cannot be written or the move fails
   */
  static void write(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.write(temporary, content);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
