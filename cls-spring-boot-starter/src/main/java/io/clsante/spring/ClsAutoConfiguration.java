package io.clsante.spring;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.spi.Rule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of the CLS library in a Spring Boot 3.5 or 4.0 application.
 *
 * <ul>
 *   <li>One shared {@link ClsValidator}, unless the application declares its own, with the
 *       profile, language and reference date of {@link ClsValidationProperties}
 *       ({@code cls.validation.*}) and the application's {@link Rule} beans added to the
 *       library's rules.
 *   <li>In a servlet web application: {@link ContratHttpMessageConverter} and
 *       {@link ReportHttpMessageConverter}, which Spring Boot places before the application's
 *       Jackson converter; HTTP 400 with RFC 9457 problem details for a refused document; and,
 *       when {@code cls.validation.endpoint.enabled=true}, the validation endpoint.
 *   <li>With Hibernate Validator on the class path: a validation customizer that gives the
 *       application's validator {@link RecordStyleAccessors}, so that {@code @Valid} on the model
 *       sees its constraints; the application's own beans are validated as before.
 * </ul>
 *
 * <p>Every class it uses exists, at the same place, in Spring Boot 3.5 and 4.0, except the
 * validation customizer, which Boot 4 moved: one is registered for each line, on the presence of
 * its interface.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClsValidationProperties.class)
public class ClsAutoConfiguration {
  /** Created by Spring Boot. */
  public ClsAutoConfiguration() {}

  /**
   * A class of jackson-annotations 2.21, the first release that Jackson 3.1 runs with: Spring Boot
   * 3.5's dependency management chooses 2.19 unless the application says otherwise.
   */
  static final String JACKSON_ANNOTATIONS_2_21 = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  /**
   * The shared validator: immutable and thread-safe, built once.
   *
   * @param properties the settings
   * @param rules the application's rules, declared as beans
   * @param context the application context, whose class loader is checked for the Jackson the
   *     library needs
   * @return the validator
   * @throws IllegalStateException if the application's jackson-annotations is older than 2.21
   */
  @Bean
  @ConditionalOnMissingBean
  public ClsValidator clsValidator(ClsValidationProperties properties, ObjectProvider<Rule> rules,
      ApplicationContext context) {
    if (!ClassUtils.isPresent(JACKSON_ANNOTATIONS_2_21, context.getClassLoader())) {
      throw new IllegalStateException("The CLS library runs on Jackson 3.1, which needs "
          + "com.fasterxml.jackson.core:jackson-annotations 2.21 or later; this application has an older one "
          + "(Spring Boot 3.5 manages 2.19): declare jackson-annotations 2.21 in the application's "
          + "dependency management, as the README of cls-spring-boot-starter shows");
    }
    ClsValidator.Builder builder = ClsValidator.builder()
        .profile(properties.profile())
        .locale(properties.locale());
    properties.referenceDate().ifPresent(builder::referenceDate);
    rules.orderedStream().forEach(builder::addRule);
    return builder.build();
  }

  /** The HTTP side, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static class Web {
    @Bean
    @ConditionalOnMissingBean
    ContratHttpMessageConverter clsContratHttpMessageConverter() {
      return new ContratHttpMessageConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    ReportHttpMessageConverter clsReportHttpMessageConverter() {
      return new ReportHttpMessageConverter();
    }

    @Bean
    InvalidContratProblemHandler clsInvalidContratProblemHandler(ClsValidator validator) {
      return new InvalidContratProblemHandler(validator.locale());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = ClsValidationProperties.PREFIX + ".endpoint", name = "enabled", havingValue = "true")
    static class Endpoint {
      @Bean
      ValidationEndpoint clsValidationEndpoint(ClsValidator validator) {
        return new ValidationEndpoint(validator);
      }
    }
  }

  /** Spring Boot 3.5: the customizer in {@code org.springframework.boot.autoconfigure.validation}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {
      "org.hibernate.validator.HibernateValidatorConfiguration",
      "org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer"})
  static class BeanValidationBoot3 {
    @Bean
    org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer clsRecordStyleAccessors() {
      return RecordStyleAccessors::applyTo;
    }
  }

  /** Spring Boot 4.0: the customizer in {@code org.springframework.boot.validation.autoconfigure}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {
      "org.hibernate.validator.HibernateValidatorConfiguration",
      "org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer"})
  static class BeanValidationBoot4 {
    @Bean
    org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer clsRecordStyleAccessorsBoot4() {
      return RecordStyleAccessors::applyTo;
    }
  }
}
