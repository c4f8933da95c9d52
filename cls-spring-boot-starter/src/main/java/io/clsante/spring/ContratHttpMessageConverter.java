package io.clsante.spring;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.JsonReading;
import java.io.IOException;
import java.util.Objects;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes a {@link ContratLocalDeSante} as an HTTP body in the CLS JSON format, through
 * the library's own {@link ClsJson}: never through the application's Jackson mapper, whose
 * settings (lenient reading, nulls and empty arrays written) would break the format.
 *
 * <p>Reading is strict: the structural pass of {@link ClsJson#check(byte[])} binds the contract
 * or finds every structural problem of the document, and a document with any problem is refused
 * with an {@link InvalidContratException} that carries them all, located. Writing is canonical:
 * the bytes of {@link ClsJson#writeBytes(ContratLocalDeSante)}, so equal contracts give identical
 * bodies.
 *
 * <p>Media types: {@code application/json} and {@code application/*+json}, in UTF-8. The
 * auto-configuration registers it as a bean, which Spring Boot 3.5 and 4.0 both place before the
 * application's Jackson converter.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContratHttpMessageConverter extends AbstractHttpMessageConverter<ContratLocalDeSante> {
  private final ClsJson json;

  /**
   * Creates a converter that reads within the default limits of the format.
   */
  public ContratHttpMessageConverter() {
    this(ClsJson.defaults());
  }

  /**
   * Creates a converter that reads and writes with the given instance, for other input limits.
   *
   * @param json the reader-writer
   */
  public ContratHttpMessageConverter(ClsJson json) {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  protected boolean supports(Class<?> type) {
    return ContratLocalDeSante.class.isAssignableFrom(type);
  }

  /**
   * Reads the body, up to one byte past the size limit (enough for the reader to refuse it).
   *
   * @throws InvalidContratException if the document has a structural problem
   */
  @Override
  protected ContratLocalDeSante readInternal(Class<? extends ContratLocalDeSante> type, HttpInputMessage input)
      throws IOException {
    long max = json.limits().maxDocumentBytes();
    byte[] body = input.getBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    JsonReading reading = json.check(body);
    if (!reading.problems().isEmpty()) {
      throw new InvalidContratException(reading.locatedProblems(), input);
    }
    return reading.contrat().orElseThrow();
  }

  @Override
  protected void writeInternal(ContratLocalDeSante contrat, HttpOutputMessage output) throws IOException {
    output.getBody().write(json.writeBytes(contrat));
  }
}
