package io.clsante.spring.compat;

// README:debut
import io.clsante.model.ContratLocalDeSante;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Takes a contract in the CLS format and gives it back, as an application's API would. */
@RestController
public class ContratsController {
  private final Registre registre;

  /**
   * Creates the controller.
   *
   * @param registre where contracts are recorded
   */
  public ContratsController(Registre registre) {
    this.registre = registre;
  }

  /**
   * Records a contract and returns it.
   *
   * @param contrat the contract of the request body
   * @return the contract recorded
   */
  @PostMapping("/contrats")
  public ContratLocalDeSante enregistrer(@RequestBody @Valid ContratLocalDeSante contrat) {
    return registre.enregistrer(contrat);
  }

  /**
   * Returns a value that is not a contract, which the application's own JSON mapper writes.
   *
   * @return a small map
   */
  @GetMapping("/infos")
  public Map<String, Object> infos() {
    return Map.of("application", "compat", "formats", List.of("CLS"));
  }
}
// README:fin
