package io.clsante.model.id;

import io.clsante.model.ClsException;

/**
 * Thrown when a text is not a valid official identifier of the expected kind.
 *
 * <p>The message names the kind, the rejected text and the rule it breaks, for example
 * {@code SIREN invalide « 200035757 » : la clé de Luhn ne correspond pas}. The rejected text and the
 * kind are also available as data.
 */
public final class InvalidIdentifierException extends ClsException {
  private static final long serialVersionUID = 1L;

  /** The kind of identifier that was expected, for example {@code SIREN}. */
  private final String kind;
  /** The rejected text, possibly null. */
  private final String rejected;

  /**
   * Creates the exception.
   *
   * @param kind the kind of identifier, for example {@code SIREN}
   * @param rejected the rejected text, possibly null
   * @param reason why it was rejected, in French
   */
  public InvalidIdentifierException(String kind, String rejected, String reason) {
    super(kind + " invalide « " + rejected + " » : " + reason);
    this.kind = kind;
    this.rejected = rejected;
  }

  /**
   * Returns the kind of identifier that was expected.
   *
   * @return the kind, for example {@code SIREN} or {@code code commune INSEE}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the text that was rejected.
   *
   * @return the rejected text, possibly null
   */
  public String rejected() {
    return rejected;
  }
}
