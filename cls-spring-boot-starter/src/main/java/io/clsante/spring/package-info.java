/**
 * Spring Boot integration of the CLS library, for Spring Boot 3.5 (Spring Framework 6.2, Jackson 2
 * in the application) and 4.0 (Spring Framework 7, Jackson 3).
 *
 * <p>{@link io.clsante.spring.ClsAutoConfiguration} provides one shared
 * {@link io.clsante.rules.ClsValidator} set up from {@link io.clsante.spring.ClsValidationProperties}
 * ({@code cls.validation.*}); in a servlet web application, the HTTP message converters
 * {@link io.clsante.spring.ContratHttpMessageConverter} (strict reading, canonical writing, through
 * the library's own {@link io.clsante.model.json.ClsJson}, never the application's mapper) and
 * {@link io.clsante.spring.ReportHttpMessageConverter}, RFC 9457 problem details for a refused
 * document, and an optional validation endpoint; with Hibernate Validator,
 * {@link io.clsante.spring.RecordStyleAccessors} so that {@code @Valid} sees the model's
 * constraints.
 */
package io.clsante.spring;
