package io.clsante.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property that may hold personal data (a person's name, e-mail or phone), which must be
 * removed before a contract is published as open data. {@link ContratLocalDeSante#redacted()} removes
 * every property so marked; the validator reports where a document holds some.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DonneePersonnelle {}
