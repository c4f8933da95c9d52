package io.clsante.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A document made invalid by a {@link Mutation}: its bytes, and the ERROR the validator must report
 * on it, exactly one, with the mutation's rule id at {@link #pointer()}.
 *
 * <p>Example: {@code Mutant m = Mutations.nomme("generation-nulle").apply(c).orElseThrow();
 * ReportAssertions.assertErrorsExactly(validator.validate(m.json()), m.attendu());}
 *
 * <p>Immutable and thread-safe (the bytes are copied on the way in and out).
 */
public final class Mutant {
  private final Mutation mutation;
  private final byte[] json;
  private final String pointer;

  Mutant(Mutation mutation, byte[] json, String pointer) {
    this.mutation = Objects.requireNonNull(mutation, "mutation");
    this.json = json.clone();
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Returns the mutation that made this document.
   *
   * @return the mutation
   */
  public Mutation mutation() {
    return mutation;
  }

  /**
   * Returns the document, which may not even be UTF-8 or JSON.
   *
   * @return a copy of the bytes
   */
  public byte[] json() {
    return json.clone();
  }

  /**
   * Returns the document as text, for reading in a failure message (invalid UTF-8 is replaced).
   *
   * @return the text
   */
  public String texte() {
    return new String(json, StandardCharsets.UTF_8);
  }

  /**
   * Returns the id of the rule whose ERROR is expected.
   *
   * @return the mutation's rule id
   */
  public String ruleId() {
    return mutation.ruleId();
  }

  /**
   * Returns the JSON Pointer where the ERROR is expected.
   *
   * @return for example {@code /signataires/0/acteur}; {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the expected finding in the form {@link ReportAssertions} reads.
   *
   * @return for example {@code CLS-SIG-003 /signataires/0/acteur}
   */
  public String attendu() {
    return ruleId() + " " + (pointer.isEmpty() ? "/" : pointer);
  }

  /**
   * Returns the mutation and the expected finding.
   *
   * @return for example {@code ars-d-une-autre-region → CLS-SIG-003 /signataires/0/acteur}
   */
  @Override
  public String toString() {
    return mutation.nom() + " → " + attendu();
  }
}
