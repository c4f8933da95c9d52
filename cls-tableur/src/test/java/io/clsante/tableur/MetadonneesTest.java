package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A metadata file that cannot be used is refused with its key and, for bad JSON, where. */
class MetadonneesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "syntax            | '{\"identifiant\": \"x\",\n \"periode\" {}}'  | meta.json      | /periode (ligne 2",
    "duplicate         | '{\"identifiant\": \"x\", \"identifiant\": \"y\"}' | meta.json | /identifiant (ligne 1",
    "empty             | ''                                             | meta.json      | document vide",
    "array             | '[]'                                           | meta.objet     | objet JSON",
    "breaks the format | '{\"statut\": \"PAS_UN_STATUT\"}'             | meta.invalides | /statut",
  })
  void unusableMetadata_refusedWithItsKey(String cas, String json, String cle, String dit) {
    TableurException e = assertThrows(TableurException.class,
        () -> Metadonnees.lire(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(cle, e.cle());
    assertTrue(e.getMessage().contains(dit), e.getMessage());
    assertFalse(e.message(Locale.ENGLISH).isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "nothing            | '{}'                                    | identifiant intitule nature statut periode territoire signataires",
    "an identifier only | '{\"identifiant\": \"cls-exemple\"}'   | intitule nature statut periode territoire signataires",
  })
  void partialMetadata_namesWhatIsMissing(String cas, String json, String absentes) {
    Metadonnees m = Metadonnees.lire(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(Set.of(absentes.split(" ")), m.absentes());
  }
}
