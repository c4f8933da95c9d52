package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The e-mail addresses the pass accepts are those Hibernate Validator's {@code @Email} accepts
 * (the oracle, test scope only), on a table of addresses at the edges of the grammar.
 */
class EmailAddressesTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  record Holder(@Email String address) {}

  @BeforeAll
  static void start() {
    factory = Validation.byDefaultProvider().configure().messageInterpolator(
        new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator()).buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "coordination@example.org|true",
      "prenom.nom@sous.domaine.example.fr|true",
      "a+b@example.org|true",
      "``|true",
      "sans-arobase|false",
      "@example.org|false",
      "a@|false",
      "a@@example.org|false",
      "a..b@example.org|false",
      ".a@example.org|false",
      "a.@example.org|false",
      "`\"a b\"@example.org`|true",
      "`\"a\\\"b\"@example.org`|true",
      "a b@example.org|false",
      "a@exa mple.org|false",
      "a@example|true",
      "a@example.|false",
      "a@-example.org|false",
      "a@example-.org|false",
      "a@ex--ample.org|true",
      "a@[192.168.0.1]|true",
      "a@[IPv6:2001:db8::1]|true",
      "élodie@exemple.fr|true",
      "a@exemple-é.fr|true",
      "a@ex_ample.org|true",
      "a@.example.org|false",
      "a@example..org|false",
  })
  void isValid_agreesWithHibernateValidator(String address, boolean expected) {
    boolean oracle = validator.validate(new Holder(address)).isEmpty();
    assertEquals(expected, oracle, "the oracle's answer for " + address);
    assertEquals(oracle, EmailAddresses.isValid(address), address);
  }

  @ParameterizedTest
  @CsvSource({"64, true", "65, false"})
  void localPart_atMost64(int length, boolean expected) {
    String address = "a".repeat(length) + "@example.org";
    assertEquals(expected, validator.validate(new Holder(address)).isEmpty());
    assertEquals(expected, EmailAddresses.isValid(address));
  }

  @ParameterizedTest
  @CsvSource({"63, true", "64, false"})
  void domainLabel_atMost63(int length, boolean expected) {
    String address = "a@" + "b".repeat(length) + ".org";
    assertEquals(expected, validator.validate(new Holder(address)).isEmpty());
    assertEquals(expected, EmailAddresses.isValid(address));
  }
}
