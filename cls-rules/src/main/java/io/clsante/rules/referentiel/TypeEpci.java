package io.clsante.rules.referentiel;

import java.util.Optional;

/**
 * The legal nature of an EPCI à fiscalité propre, as the DGCL lists it.
 *
 * <p>The DGCL code of each nature is available with {@link #code()}, for example {@code CC} for a
 * communauté de communes.
 */
public enum TypeEpci {
  /** Communauté de communes (DGCL code {@code CC}). */
  COMMUNAUTE_DE_COMMUNES("CC"),
  /** Communauté d'agglomération (DGCL code {@code CA}). */
  COMMUNAUTE_D_AGGLOMERATION("CA"),
  /** Communauté urbaine (DGCL code {@code CU}). */
  COMMUNAUTE_URBAINE("CU"),
  /** Métropole, including those of Grand Paris and Aix-Marseille-Provence ({@code METRO}). */
  METROPOLE("METRO"),
  /**
   * Métropole de Lyon (DGCL code {@code MET69}): a territorial authority with special status,
   * listed by the DGCL among the EPCI à fiscalité propre because it exercises their powers.
   */
  METROPOLE_DE_LYON("MET69");

  private final String code;

  TypeEpci(String code) {
    this.code = code;
  }

  /**
   * Returns the code the DGCL gives this nature in its list of EPCI.
   *
   * @return {@code CC}, {@code CA}, {@code CU}, {@code METRO} or {@code MET69}
   */
  public String code() {
    return code;
  }

  static Optional<TypeEpci> fromCode(String code) {
    for (TypeEpci type : values()) {
      if (type.code.equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
