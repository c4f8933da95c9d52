package io.clsante.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the library compared in one JVM, so that both see the same speed of the machine:
 * each validator is loaded from its own benchmarks jar by a class loader of its own, and the two
 * validate the same bytes in turn, 200 ms each (thread CPU time), the first of each pair
 * alternating. The result is the median of the pairs' ratios, with its quartiles: on a machine
 * whose speed drifts by tens of per cent over minutes, two figures measured one after the other
 * compare the minutes as much as the builds ({@code tools/perf/compare-builds.sh}).
 *
 * <p>{@code CompareBuilds FILE BEFORE.jar AFTER.jar [PAIRS]}: FILE must be valid at
 * {@link Contrats#REFERENCE_DATE} for both builds, which must report the same findings; PAIRS
 * defaults to 60, after 20 pairs of warm-up.
 */
public final class CompareBuilds {
  private static final long SLICE_NANOS = 200_000_000L;
  private static final int WARM_UP_PAIRS = 20;

  private CompareBuilds() {}

  /** A validator of one build, called by reflection since each build has classes of its own. */
  private record Build(String jar, Object validator, Method validate, Method reportFindings) {
    static Build load(String jar) throws ReflectiveOperationException, IOException {
      // Not closed: the build's classes are used until the end of the run.
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> validators = loader.loadClass("io.clsante.rules.ClsValidator");
      Object builder = validators.getMethod("builder").invoke(null);
      builder.getClass().getMethod("referenceDate", LocalDate.class).invoke(builder, Contrats.REFERENCE_DATE);
      Object validator = builder.getClass().getMethod("build").invoke(builder);
      Method reportFindings = loader.loadClass("io.clsante.rules.Report").getMethod("findings");
      return new Build(jar, validator, validators.getMethod("validate", byte[].class), reportFindings);
    }

    List<?> findings(byte[] document) throws ReflectiveOperationException {
      return (List<?>) reportFindings.invoke(validate.invoke(validator, (Object) document));
    }

    /** Validates for one slice of CPU time; returns the CPU time per validation, in µs. */
    double slice(byte[] document, ThreadMXBean cpu) throws ReflectiveOperationException {
      long start = cpu.getCurrentThreadCpuTime();
      long end = start + SLICE_NANOS;
      int count = 0;
      long now = start;
      while (now < end) {
        validate.invoke(validator, (Object) document);
        count++;
        now = cpu.getCurrentThreadCpuTime();
      }
      return (now - start) / 1_000.0 / count;
    }
  }

  /**
   * Compares the two builds.
   *
   * @param args {@code FILE BEFORE.jar AFTER.jar [PAIRS]}
   * @throws Exception if a jar or the file cannot be read, or a build fails to validate
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: CompareBuilds FILE BEFORE.jar AFTER.jar [PAIRS]");
      System.exit(2);
    }
    byte[] document = Files.readAllBytes(Path.of(args[0]));
    Build before = Build.load(args[1]);
    Build after = Build.load(args[2]);
    int pairs = args.length == 4 ? Integer.parseInt(args[3]) : 60;
    String found = before.findings(document).toString();
    String foundAfter = after.findings(document).toString();
    if (!found.equals(foundAfter)) {
      throw new IllegalStateException("the two builds report different findings: " + found + " and " + foundAfter);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] beforeTimes = new double[pairs];
    double[] afterTimes = new double[pairs];
    double[] ratios = new double[pairs];
    for (int pair = -WARM_UP_PAIRS; pair < pairs; pair++) {
      boolean beforeFirst = (pair & 1) == 0;
      double first = (beforeFirst ? before : after).slice(document, cpu);
      double second = (beforeFirst ? after : before).slice(document, cpu);
      if (pair >= 0) {
        beforeTimes[pair] = beforeFirst ? first : second;
        afterTimes[pair] = beforeFirst ? second : first;
        ratios[pair] = afterTimes[pair] / beforeTimes[pair];
        if ((pair + 1) % 10 == 0) {
          System.err.printf("%d pairs of %d%n", pair + 1, pairs);
        }
      }
    }
    System.out.printf("before %s: median %.1f µs per validation%n", before.jar(), median(beforeTimes));
    System.out.printf("after  %s: median %.1f µs per validation%n", after.jar(), median(afterTimes));
    Arrays.sort(ratios);
    System.out.printf("after / before, median of %d pairs: %.3f (quartiles %.3f to %.3f)%n", pairs,
        ratios[pairs / 2], ratios[pairs / 4], ratios[3 * pairs / 4]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
