package io.clsante.model.constraints;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Predicate;

/**
 * The validators behind the identifier constraints. Public only because Jakarta Validation
 * instantiates them by reflection; not meant to be called directly.
 */
public final class IdentifierValidators {
  private IdentifierValidators() {}

  abstract static class Base<A extends java.lang.annotation.Annotation>
      implements ConstraintValidator<A, CharSequence> {
    private final Predicate<CharSequence> check;

    Base(Predicate<CharSequence> check) {
      this.check = check;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || check.test(value);
    }
  }

  /** Validates {@link SirenValide}. */
  public static final class SirenValidator extends Base<SirenValide> {
    /** Creates the validator. */
    public SirenValidator() {
      super(Siren::isValid);
    }
  }

  /** Validates {@link SiretValide}. */
  public static final class SiretValidator extends Base<SiretValide> {
    /** Creates the validator. */
    public SiretValidator() {
      super(Siret::isValid);
    }
  }

  /** Validates {@link FinessValide}. */
  public static final class FinessValidator extends Base<FinessValide> {
    /** Creates the validator. */
    public FinessValidator() {
      super(Finess::isValid);
    }
  }

  /** Validates {@link CodeCommuneValide}. */
  public static final class CodeCommuneValidator extends Base<CodeCommuneValide> {
    /** Creates the validator. */
    public CodeCommuneValidator() {
      super(CodeCommune::isValid);
    }
  }
}
