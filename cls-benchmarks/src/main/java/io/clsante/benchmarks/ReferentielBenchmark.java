package io.clsante.benchmarks;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled referential in a fresh JVM started like the {@code cls} launcher (C1 only, serial
 * collector): {@code ReferentielTerritorial.cog2026()} and the lookups a contract makes first, one
 * commune, one EPCI, one département and one région, measured once per JVM; and, for comparison,
 * the same call followed by every list.
 *
 * <p>The codes are parsed before the measured call, as a validator has them from the contract.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class ReferentielBenchmark {
  /** The codes of the Astarac example contract: Auch, its EPCI, the Gers, Occitanie. */
  @State(Scope.Benchmark)
  public static class Codes {
    CodeCommune commune;
    Siren epci;
    CodeDepartement departement;
    CodeRegion region;

    /** Parses the codes, so that the measured call does not load the identifier classes. */
    @Setup(Level.Trial)
    public void setUp() {
      commune = CodeCommune.parse("32013");
      epci = Siren.parse("200035756");
      departement = CodeDepartement.parse("32");
      region = CodeRegion.parse("76");
    }
  }

  /**
   * The bundled referential and its first four lookups, in a JVM that has not used it yet.
   *
   * @param codes the codes looked up
   * @return the answers
   */
  @Benchmark
  public List<Object> cog2026AndFirstLookups(Codes codes) {
    ReferentielTerritorial cog = ReferentielTerritorial.cog2026();
    return List.of(cog.commune(codes.commune).orElseThrow(), cog.epci(codes.epci).orElseThrow(),
        cog.departement(codes.departement).orElseThrow(), cog.region(codes.region).orElseThrow());
  }

  /**
   * The bundled referential and every one of its lists, in a JVM that has not used it yet.
   *
   * @return the sum of the sizes of the lists
   */
  @Benchmark
  public int cog2026AndEveryList() {
    ReferentielTerritorial cog = ReferentielTerritorial.cog2026();
    return cog.communes().size() + cog.communesDelegueesOuAssociees().size() + cog.epcis().size()
        + cog.departements().size() + cog.regions().size();
  }
}
