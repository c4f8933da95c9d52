package io.clsante.model.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.NatureContrat;
import io.clsante.model.PartCofinancement;
import io.clsante.model.StatutContrat;
import io.clsante.model.Territoire;
import io.clsante.model.TypeActeur;
import io.clsante.model.json.ClsJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The structural constraints of the model, checked with Hibernate Validator. */
class ModelConstraintsTest {

  /** Accepts record-style accessors ({@code code()}), as the model uses, not only getters. */
  static final class AccessorStyle implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable e) {
      boolean accessor = e.getParameterTypes().length == 0 && e.getReturnType() != void.class
          && !Set.of("hashCode", "toString", "getClass", "builder").contains(e.getName());
      return accessor ? Optional.of(e.getName()) : Optional.empty();
    }

    @Override
    public java.util.List<String> getGetterMethodNameCandidates(String propertyName) {
      return java.util.List.of(propertyName);
    }
  }

  static Validator validator(Locale locale) {
    return Validation.byProvider(HibernateValidator.class).configure()
        .getterPropertySelectionStrategy(new AccessorStyle())
        .defaultLocale(locale)
        .buildValidatorFactory().getValidator();
  }

  private static final Validator FR = validator(Locale.FRENCH);

  static ContratLocalDeSante valid() {
    return ContratLocalDeSante.builder()
        .identifiant("cls-test").intitule("Test").nature(NatureContrat.CLS)
        .statut(StatutContrat.EN_ELABORATION).territoire(Territoire.builder().build())
        .addActeurs(Acteur.builder().id("ars").nom("ARS").type(TypeActeur.ARS).build())
        .build();
  }

  static Map<String, String> violations(Validator v, Object bean) {
    Map<String, String> out = new TreeMap<>();
    for (ConstraintViolation<Object> c : v.validate(bean)) {
      out.put(c.getPropertyPath().toString(), c.getMessage());
    }
    return out;
  }

  @Test
  void validContract_hasNoViolation() throws Exception {
    assertEquals(Map.of(), violations(FR, valid()));
    try (InputStream in = ClsJson.class.getResourceAsStream("tous-concepts.json")) {
      assertEquals(Map.of(), violations(FR, ClsJson.defaults().read(in)));
    }
  }

  static Stream<Arguments> brokenContracts() {
    return Stream.of(
        Arguments.of("blank title", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.intitule(" ");
          return b;
        }, "intitule"),
        Arguments.of("local id with a space", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.identifiant("cls test");
          return b;
        }, "identifiant"),
        Arguments.of("generation zero", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.generation(0);
          return b;
        }, "generation"),
        Arguments.of("axis number zero", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.addAxes(Axe.builder().id("a").numero(0).intitule("A").build());
          return b;
        }, "axes[0].numero"),
        Arguments.of("share above 100", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.coordination(Coordination.builder()
              .addCofinancements(PartCofinancement.of("ars", new BigDecimal("150"))).build());
          return b;
        }, "coordination.cofinancements[0].part"),
        Arguments.of("malformed e-mail", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.coordination(Coordination.builder()
              .contact(Contact.builder().courriel("pas une adresse").build()).build());
          return b;
        }, "coordination.contact.courriel"),
        Arguments.of("reference with a slash", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.coordination(Coordination.builder().employeur("a/b").build());
          return b;
        }, "coordination.employeur"),
        Arguments.of("title too long", (UnaryOperator<ContratLocalDeSante.Builder>) b -> {
          b.intitule("x".repeat(501));
          return b;
        }, "intitule"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenContracts")
  void brokenContract_hasOneViolationAtItsPath(
      String label, UnaryOperator<ContratLocalDeSante.Builder> change, String path) {
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder();
    b.from(valid());
    Map<String, String> found = violations(FR, change.apply(b).build());
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.keySet().iterator().next().startsWith(path), found.toString());
  }

  @Test
  void messages_areFrenchByDefaultAndEnglishOnRequest() {
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder();
    b.from(valid());
    ContratLocalDeSante bad = b.identifiant("cls test").build();
    assertTrue(violations(FR, bad).get("identifiant").startsWith("doit être un identifiant local"),
        violations(FR, bad).toString());
    assertTrue(violations(validator(Locale.ENGLISH), bad).get("identifiant").startsWith("must be a local id"),
        violations(validator(Locale.ENGLISH), bad).toString());
  }

  record Form(@SirenValide String siren, @SiretValide String siret, @FinessValide String finess,
      @CodeCommuneValide String commune) {}

  @Test
  void identifierConstraints_fireOnBadStringsAndStayQuietOnGoodOnes() {
    Validator v = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(Locale.FRENCH)
        .buildValidatorFactory().getValidator();
    assertEquals(0, v.validate(new Form("200035756", "20003575600010", "320000011", "32013")).size());
    assertEquals(0, v.validate(new Form(null, null, null, null)).size());
    Set<ConstraintViolation<Form>> bad = v.validate(new Form("200035757", "20003575600011", "3200", "20004"));
    assertEquals(4, bad.size(), bad.toString());
    assertTrue(bad.stream().anyMatch(c -> c.getMessage().contains("SIREN valide")), bad.toString());
  }
}
