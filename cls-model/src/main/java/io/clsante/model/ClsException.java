package io.clsante.model;

/**
 * Root of the unchecked exceptions thrown by the CLS library.
 *
 * <p>Unchecked exceptions signal a programming error or a value that cannot be represented
 * (an identifier with a wrong check digit passed to {@code parse}, for example). Bad documents read
 * from outside are not programming errors: the JSON reader reports them with the checked
 * {@link io.clsante.model.json.ClsJsonException}, and the validator reports them as findings.
 *
 * <p>Instances are immutable and safe to share between threads once thrown.
 */
public class ClsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that states the wrong value and what was expected.
   *
   * @param message the message, never null
   */
  public ClsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause that revealed the problem.
   *
   * @param message the message, never null
   * @param cause the underlying cause, may be null
   */
  public ClsException(String message, Throwable cause) {
    super(message, cause);
  }
}
