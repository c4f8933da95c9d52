package io.clsante.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to the package in {@code package-info.java}.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract types: callers
 * use {@code X.builder()} and the abstract type, never {@code ImmutableX}. Not for use outside the
 * model.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    // No @Generated from the class path on generated classes: it would make every consumer that
    // compiles with -Werror warn about a missing annotation class.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
@interface ClsStyle {}
