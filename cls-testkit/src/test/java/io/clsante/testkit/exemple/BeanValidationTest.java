package io.clsante.testkit.exemple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Intervenant;
import io.clsante.testkit.ContratGenerator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * An application that validates the model with its own Bean Validation provider. The build runs
 * this test twice: with Hibernate Validator 9 (Jakarta Validation 3.1, as in Spring Boot 4) in
 * the default execution, and with Hibernate Validator 8.0 (Jakarta Validation 3.0, as in Spring
 * Boot 3) in the {@code hibernate-validator-8} execution, which swaps those jars on the class path.
 * Both see the model's constraints through {@link RecordStyleAccessors}, and none without it.
 */
class BeanValidationTest {
  private static final ContratLocalDeSante VALIDE = ContratGenerator.standard().generate(20_261_122, 3);

  /** The same contract with six constraints broken, at six depths and through Optional and List. */
  private static final ContratLocalDeSante INVALIDE = invalide();

  private static final Set<String> CHEMINS_INVALIDES = Set.of(
      "intitule", "identifiant", "generation", "axes[0].numero", "axes[0].fiches[0].porteurs[0].acteur",
      "acteurs[0].contact.courriel");

  // README:debut
  static Validator validatorForTheModel() {
    return Validation.byProvider(HibernateValidator.class).configure()
        .getterPropertySelectionStrategy(new RecordStyleAccessors())
        .buildValidatorFactory()
        .getValidator();
  }
  // README:fin

  @Test
  void withRecordStyleAccessors_everyConstraintOfTheModelIsChecked() {
    Validator validator = validatorForTheModel();
    assertEquals(Set.of(), paths(validator.validate(VALIDE)));
    assertEquals(CHEMINS_INVALIDES, paths(validator.validate(INVALIDE)));
  }

  @Test
  void withoutIt_hibernateValidatorFindsNothing_andSaysNothing() {
    Validator validator = Validation.byProvider(HibernateValidator.class).configure()
        .buildValidatorFactory()
        .getValidator();
    assertEquals(Set.of(), paths(validator.validate(INVALIDE)));
  }

  @Test
  void runsOnTheHibernateValidatorAndJakartaValidationItWasMeantFor() {
    String hibernateValidator = HibernateValidator.class.getPackage().getImplementationVersion();
    String api = Validation.class.getProtectionDomain().getCodeSource().getLocation().getPath()
        .replaceAll(".*/jakarta\\.validation-api-([^/]+)\\.jar$", "$1");
    // Hibernate Validator 8 implements Jakarta Validation 3.0, 9 implements 3.1.
    String implemented = HibernateValidator.class.getPackage().getSpecificationVersion();
    assertTrue(api.startsWith(implemented + "."), () -> "Hibernate Validator " + hibernateValidator
        + " implements Jakarta Validation " + implemented + ", the API on the class path is " + api);
    assertEquals(System.getProperty("cls.bv.hibernate-validator", hibernateValidator), hibernateValidator);
    assertEquals(System.getProperty("cls.bv.validation-api", api), api);
  }

  private static Set<String> paths(Set<ConstraintViolation<ContratLocalDeSante>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static ContratLocalDeSante invalide() {
    Axe axe = VALIDE.axes().get(0);
    FicheAction fiche = FicheAction.builder().from(axe.fiches().get(0)).porteurs(List.of(Intervenant.of("pas un id"))).build();
    List<FicheAction> fiches = new ArrayList<>(axe.fiches());
    fiches.set(0, fiche);
    List<Axe> axes = new ArrayList<>(VALIDE.axes());
    axes.set(0, Axe.builder().from(axe).numero(0).fiches(fiches).build());
    List<Acteur> acteurs = new ArrayList<>(VALIDE.acteurs());
    acteurs.set(0, Acteur.builder().from(acteurs.get(0))
        .contact(Contact.builder().courriel("contact.example.org").build()).build());
    return ContratLocalDeSante.builder().from(VALIDE)
        .intitule(" ")
        .identifiant("cls 2026")
        .generation(0)
        .axes(axes)
        .acteurs(acteurs)
        .build();
  }
}
