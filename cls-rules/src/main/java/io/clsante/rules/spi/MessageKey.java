package io.clsante.rules.spi;

import java.util.Objects;

/**
 * An argument of a message that is itself a text of the rule's bundle: the part of a message that
 * changes with the case, such as what is missing or why an event is inconsistent.
 *
 * <p>It is rendered on demand, like the message it belongs to: the text under {@link #key()} in the
 * rule's bundle, in the same language, with the same arguments as the message. Example: a rule
 * reports {@code ctx.report(pointer, statut, new MessageKey("CLS-CYC-001.manque.periode"))} for the
 * message {@code le contrat a le statut « {0} » mais n'a {1}}; the finding keeps the key, and its
 * message shows "aucune période de validité" in French, "has no period of validity" in English.
 *
 * @param key the key of the text in the rule's bundle
 */
public record MessageKey(String key) {

  /**
   * Checks the key.
   *
   * @param key the key of the text in the rule's bundle
   * @throws NullPointerException if the key is null
   */
  public MessageKey {
    Objects.requireNonNull(key, "key");
  }

  /**
   * Returns the key.
   *
   * @return the key, for example {@code CLS-CYC-001.manque.periode}
   */
  @Override
  public String toString() {
    return key;
  }
}
