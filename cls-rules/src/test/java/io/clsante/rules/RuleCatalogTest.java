package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.rules.spi.Rule;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the catalog is fully described, in French and in English. */
class RuleCatalogTest {

  static Stream<Rule> rules() {
    return RuleCatalog.builtIn().rules().stream();
  }

  private static final java.util.regex.Pattern STRUCTURAL = java.util.regex.Pattern.compile("CLS-(JSON|SCH|CNT)-\\d{3}");

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRule_hasAStableIdAndBothLanguages(Rule rule) {
    assertTrue(rule.id().matches("CLS-[A-Z]{3,4}-\\d{3}"), rule.id());
    for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      assertFalse(rule.summary(l).isBlank(), rule.id() + " summary " + l);
      assertFalse(rule.rationale(l).isBlank(), rule.id() + " rationale " + l);
      // The structural pass's findings have the messages of the model's bundle (MessagesTest there).
      if (!STRUCTURAL.matcher(rule.id()).matches()) {
        assertFalse(rule.message(l, rule.id() + ".message", List.of("a", "b", "c", "d")).isBlank(),
            rule.id() + " message " + l);
      }
    }
    assertTrue(!rule.summary(Locale.FRENCH).equals(rule.summary(Locale.ENGLISH)),
        rule.id() + " has the same summary in both languages");
  }

  @Test
  void frenchIsChosenWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      Rule r = RuleCatalog.builtIn().find("CLS-SIG-001").orElseThrow();
      assertTrue(r.summary(Locale.FRENCH).startsWith("Une ARS"), r.summary(Locale.FRENCH));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
