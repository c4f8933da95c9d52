package io.clsante.rules.referentiel;

/**
 * The kind of a commune-like entry of the Code officiel géographique, as INSEE classifies it.
 *
 * <p>Only current communes are local authorities with a SIREN and EPCI membership; the other kinds
 * are parts of a current commune, their <em>commune de rattachement</em>. The INSEE code of each
 * kind is available with {@link #code()}, for example {@code COMD} for a delegated commune.
 */
public enum TypeCommune {
  /** A commune existing on 1 January of the millésime (INSEE code {@code COM}). */
  COMMUNE_ACTUELLE("COM"),
  /**
   * A former commune that became a delegated commune of a commune nouvelle (INSEE code
   * {@code COMD}). It may keep the code of the commune nouvelle, whose chief town it is.
   */
  COMMUNE_DELEGUEE("COMD"),
  /** A former commune associated with another under the 1971 merger law (INSEE {@code COMA}). */
  COMMUNE_ASSOCIEE("COMA"),
  /** A municipal arrondissement of Paris, Lyon or Marseille (INSEE code {@code ARM}). */
  ARRONDISSEMENT_MUNICIPAL("ARM");

  private final String code;

  TypeCommune(String code) {
    this.code = code;
  }

  /**
   * Returns the code INSEE gives this kind in the {@code TYPECOM} column of the COG files.
   *
   * @return {@code COM}, {@code COMD}, {@code COMA} or {@code ARM}
   */
  public String code() {
    return code;
  }
}
