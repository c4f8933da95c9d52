package io.clsante.spring.compat;

import jakarta.validation.constraints.NotBlank;

/**
 * One of the application's own beans, with a JavaBeans getter: the application's validator keeps
 * checking it with the starter in place.
 */
public class Commune {
  private final String nom;

  /**
   * Creates the bean.
   *
   * @param nom the name
   */
  public Commune(String nom) {
    this.nom = nom;
  }

  /**
   * Returns the name.
   *
   * @return the name, never blank in a valid bean
   */
  @NotBlank
  public String getNom() {
    return nom;
  }
}
