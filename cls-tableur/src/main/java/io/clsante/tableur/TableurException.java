package io.clsante.tableur;

import io.clsante.model.ClsException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;

/**
 * A spreadsheet that cannot be read: not an XLSX file (an old binary XLS, a CSV renamed), a
 * password-protected or corrupted file, a zip bomb, forbidden XML entities, more sheets or rows
 * than the limits allow, or no sheet in the template. The message names the problem; it is in
 * French by {@link #getMessage()} and in either language by {@link #message(Locale)}.
 */
public final class TableurException extends ClsException {
  private static final long serialVersionUID = 1L;

  /** The message key, kept so that the message can be rendered in another language. */
  private final String cle;
  /** The arguments of the message: texts and numbers only. */
  private final List<Object> arguments;

  TableurException(String cle, Object... arguments) {
    super(Messages.format(Locale.FRENCH, cle, arguments));
    this.cle = cle;
    this.arguments = List.of(arguments);
  }

  TableurException(Throwable cause, String cle, Object... arguments) {
    super(Messages.format(Locale.FRENCH, cle, arguments), cause);
    this.cle = cle;
    this.arguments = List.of(arguments);
  }

  /**
   * A file that cannot be read. The message says why as the system does, never with the file's
   * path, which the caller names as the user gave it: a remote client must not learn the paths of
   * the machine that reads its upload.
   */
  static TableurException illisible(IOException e) {
    if (e instanceof NoSuchFileException) {
      return new TableurException(e, "fichier.introuvable");
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() == null || e instanceof AccessDeniedException
          ? new TableurException(e, "fichier.acces") : new TableurException(e, "fichier.illisible", f.getReason());
    }
    return new TableurException(e, "fichier.illisible", String.valueOf(e.getMessage()));
  }

  /**
   * Returns the message key of the problem, stable across versions.
   *
   * @return for example {@code fichier.xls}
   */
  public String cle() {
    return cle;
  }

  /**
   * Renders the message in a language.
   *
   * @param locale French or English; another language falls back to French
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.format(locale, cle, arguments.toArray());
  }
}
