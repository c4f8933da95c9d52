package io.clsante.spring.compat;

import io.clsante.model.ContratLocalDeSante;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** A service whose method validates the contracts it is given, through Spring's method validation. */
@Service
@Validated
public class Registre {
  /** Creates the service. */
  public Registre() {}

  /**
   * Records a contract.
   *
   * @param contrat the contract, checked against the model's constraints
   * @return the contract
   */
  public ContratLocalDeSante enregistrer(@Valid ContratLocalDeSante contrat) {
    return contrat;
  }
}
