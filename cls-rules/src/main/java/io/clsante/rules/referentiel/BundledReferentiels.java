package io.clsante.rules.referentiel;

import io.clsante.model.ClsException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The referentials shipped as resources of this package, in the compact layout of
 * {@link CompactReferentiel}, each opened once, on first use, by the initialisation of its own
 * holder class (which the JVM runs once and thread-safely). Opening one reads its bytes and builds
 * nothing else: records are built as they are looked up.
 */
final class BundledReferentiels {
  private static final String PACKAGE = "io/clsante/rules/referentiel/";

  private BundledReferentiels() {}

  static ReferentielTerritorial cog2026() {
    if (Cog2026.FAILURE != null) {
      // A fresh exception per call, so each caller gets its own stack trace.
      throw new ClsException(Cog2026.FAILURE.getMessage(), Cog2026.FAILURE);
    }
    return Cog2026.INSTANCE;
  }

  private static final class Cog2026 {
    static final ReferentielTerritorial INSTANCE;
    static final ClsException FAILURE;

    static {
      ReferentielTerritorial loaded = null;
      ClsException failure = null;
      try {
        loaded = loadResource("cog-2026", 2026);
      } catch (ClsException e) {
        failure = e;
      }
      INSTANCE = loaded;
      FAILURE = failure;
    }
  }

  /**
   * Opens the compact referential whose index is the resource {@code base + ".bin"} of this
   * package and whose parts are under {@code base + "/"}; a new instance on each call.
   */
  static ReferentielTerritorial loadResource(String base, int millesime) {
    String name = base + ".bin";
    try (InputStream in = BundledReferentiels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ClsException("ressource " + PACKAGE + name + " introuvable : la bibliothèque"
            + " cls-rules est mal empaquetée");
      }
      ReferentielTerritorial referentiel =
          CompactReferentiel.open(BundledReferentiels.class, base, in.readAllBytes());
      if (referentiel.millesime() != millesime) {
        throw new ClsException("ressource " + PACKAGE + name + " : millésime " + millesime
            + " attendu, " + referentiel.millesime() + " lu");
      }
      return referentiel;
    } catch (IOException e) {
      throw new ClsException("ressource " + PACKAGE + name + " illisible : " + e.getMessage(), e);
    }
  }
}
