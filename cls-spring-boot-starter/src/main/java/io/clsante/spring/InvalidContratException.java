package io.clsante.spring;

import io.clsante.model.json.StructuralProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request body that {@link ContratHttpMessageConverter} refused: it is not a document of the CLS
 * format. It carries every structural problem of the document, each located (rule id, JSON
 * Pointer, line, column, message key and arguments); the auto-configuration answers it with an
 * HTTP 400 whose body lists them as RFC 9457 problem details ({@code application/problem+json}).
 *
 * <p>As a {@link HttpMessageNotReadableException}, it is also handled as any unreadable body by
 * an application that answers those itself.
 */
public final class InvalidContratException extends HttpMessageNotReadableException {
  private static final long serialVersionUID = 1L;

  /** Problems are immutable records; the list is never serialised with the exception. */
  private final transient List<StructuralProblem> problems;

  /**
   * Creates the exception for a refused body.
   *
   * @param problems the structural problems, at least one
   * @param input the request body
   * @throws IllegalArgumentException if there is no problem
   */
  public InvalidContratException(List<StructuralProblem> problems, HttpInputMessage input) {
    super(summary(problems), input);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the structural problems of the document, in the order of the document.
   *
   * @return an immutable, non-empty list
   */
  public List<StructuralProblem> problems() {
    return problems;
  }

  private static String summary(List<StructuralProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid document has at least one problem");
    }
    StructuralProblem first = problems.get(0);
    return String.format("CLS document refused: %d structural problem(s), the first %s at \"%s\": %s",
        problems.size(), first.ruleId(), first.pointer(), first.message(Locale.ENGLISH));
  }
}
