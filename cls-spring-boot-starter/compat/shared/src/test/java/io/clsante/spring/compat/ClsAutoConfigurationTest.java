package io.clsante.spring.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Profile;
import io.clsante.spring.ClsAutoConfiguration;
import io.clsante.spring.ContratHttpMessageConverter;
import io.clsante.testkit.ContratsDeReference;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration in small contexts without a server: what it sets up, what it leaves to
 * the application, and how bad settings stop the start-up.
 */
class ClsAutoConfigurationTest {
  private static final String SIGNATURE_FUTURE = "CLS-SIG-006";
  /** A reference contract whose signatories signed on 2025-11-13. */
  private static final String SIGNE = "cls-astarac-2025-2029";

  private final ApplicationContextRunner plain = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ClsAutoConfiguration.class));

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ClsAutoConfiguration.class));

  @Test
  void runsOnTheSpringBootLineOfItsModule() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("cls.compat.spring-boot"));
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
        .isEqualTo(System.getProperty("cls.compat.hibernate-validator"));
  }

  @Test
  void byDefault_oneNationalFrenchValidator_onTheSystemClock() {
    plain.run(context -> {
      ClsValidator validator = context.getBean(ClsValidator.class);
      assertThat(validator.profile()).isSameAs(Profile.national());
      assertThat(validator.locale()).isEqualTo(Locale.FRENCH);
      assertThat(validator.validate(ContratsDeReference.json(SIGNE)).ruleIds())
          .doesNotContain(SIGNATURE_FUTURE);
    });
  }

  @Test
  void theProperties_setProfileLanguageAndReferenceDate() {
    plain.withPropertyValues("cls.validation.profile=occitanie", "cls.validation.locale=en",
        "cls.validation.reference-date=2000-01-01").run(context -> {
          ClsValidator validator = context.getBean(ClsValidator.class);
          assertThat(validator.profile()).isSameAs(Profile.occitanie());
          assertThat(validator.locale()).isEqualTo(Locale.ENGLISH);
          // Signed on 2025-11-13, which is in the future of 2000-01-01.
          assertThat(validator.validate(ContratsDeReference.json(SIGNE)).ruleIds())
              .contains(SIGNATURE_FUTURE);
        });
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "cls.validation.profile|bretagne|cls.validation.profile: unknown profile \"bretagne\"; expected one of national, occitanie",
      "cls.validation.locale|de|cls.validation.locale: unsupported language \"de\"; expected fr or en",
      "cls.validation.reference-date|22/11/2026|cls.validation.reference-date: \"22/11/2026\" is not an ISO date; expected YYYY-MM-DD",
      "cls.validation.reference-date|2026-02-30|cls.validation.reference-date: \"2026-02-30\" is not an ISO date",
      "cls.validation.endpoint.path|validation|cls.validation.endpoint.path: \"validation\" does not start with /"})
  void aBadSetting_stopsTheStartUp_namingPropertyValueAndWhatIsExpected(String property, String value, String message) {
    plain.withPropertyValues(property + "=" + value).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(message);
    });
  }

  @Test
  void theApplicationsOwnValidator_replacesTheShared_one() {
    plain.withUserConfiguration(OwnValidator.class).run(context ->
        assertThat(context.getBean(ClsValidator.class)).isSameAs(OwnValidator.VALIDATOR));
  }

  @Test
  void theValidationEndpoint_isAbsentByDefault_andPresentWhenEnabled() {
    web.run(context -> {
      assertThat(context).hasSingleBean(ContratHttpMessageConverter.class);
      assertThat(context).doesNotHaveBean("clsValidationEndpoint");
    });
    web.withPropertyValues("cls.validation.endpoint.enabled=true").run(context ->
        assertThat(context).hasBean("clsValidationEndpoint"));
  }

  @Test
  void outsideAWebApplication_noHttpConverter() {
    plain.run(context -> {
      assertThat(context).hasSingleBean(ClsValidator.class);
      assertThat(context).doesNotHaveBean(ContratHttpMessageConverter.class);
    });
  }

  @Test
  void withoutHibernateValidator_theApplicationStarts_withoutTheCustomizer() {
    plain.run(context -> assertThat(context).hasBean(customizerBean()));
    plain.withClassLoader(new FilteredClassLoader("org.hibernate.validator")).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(customizerBean());
      assertThat(context).hasSingleBean(ClsValidator.class);
    });
  }

  @Test
  void withJacksonAnnotationsOlderThan2_21_theStartUpStops_sayingWhatToDo() {
    plain.withClassLoader(new FilteredClassLoader("com.fasterxml.jackson.annotation.JsonSerializeAs")).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("needs com.fasterxml.jackson.core:jackson-annotations 2.21 or later");
    });
  }

  /** The bean name of the validation customizer of the Boot line the application runs on. */
  private static String customizerBean() {
    return System.getProperty("cls.compat.customizer-bean");
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnValidator {
    static final ClsValidator VALIDATOR = ClsValidator.builder().locale(Locale.ENGLISH).build();

    @Bean
    ClsValidator ownValidator() {
      return VALIDATOR;
    }
  }
}
