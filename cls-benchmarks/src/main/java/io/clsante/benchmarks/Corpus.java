package io.clsante.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes generated contracts for the batch and streaming measurements of docs/performance.md.
 *
 * <ul>
 *   <li>{@code Corpus DIR COUNT}: COUNT files {@code contrat-NNNNN.json} in DIR, of 10, 30 and 100
 *       fiches in turn, each a distinct variant;
 *   <li>{@code Corpus --ndjson FILE COUNT}: one contract per line (10 and 30 fiches in turn), FILE
 *       {@code -} for standard output;
 *   <li>{@code Corpus --fiches DIR N...}: for each N, the file {@code contrat-N-fiches.json} in DIR,
 *       the bytes {@link Contrats#ofFiches(int)} gives the benchmarks, for programs outside the JVM
 *       to read the same bytes ({@code tools/perf/ajv-vs-cls.sh}).
 * </ul>
 */
public final class Corpus {
  private static final int[] SIZES = {10, 30, 100};

  private Corpus() {}

  /**
   * Writes the contracts.
   *
   * @param args {@code DIR COUNT}, {@code --ndjson FILE COUNT} or {@code --fiches DIR N...}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--ndjson")) {
      writeLines(args[1], Integer.parseInt(args[2]));
    } else if (args.length >= 3 && args[0].equals("--fiches")) {
      writeSizes(Path.of(args[1]), Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray());
    } else if (args.length == 2) {
      writeFiles(Path.of(args[0]), Integer.parseInt(args[1]));
    } else {
      System.err.println("usage: Corpus DIR COUNT | Corpus --ndjson FILE|- COUNT | Corpus --fiches DIR N...");
      System.exit(2);
    }
  }

  private static void writeSizes(Path dir, int[] sizes) throws IOException {
    Files.createDirectories(dir);
    for (int fiches : sizes) {
      Files.write(dir.resolve(String.format("contrat-%d-fiches.json", fiches)), Contrats.ofFiches(fiches));
    }
  }

  private static void writeFiles(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      Files.write(dir.resolve(String.format("contrat-%05d.json", i)),
          Contrats.ofFiches(SIZES[i % SIZES.length], i));
    }
  }

  private static void writeLines(String file, int count) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    // Two compact lines, repeated: generating each line anew would make the stream slower to
    // write than to validate.
    byte[][] lines = {
      mapper.writeValueAsBytes(mapper.readTree(Contrats.ofFiches(10, 1))),
      mapper.writeValueAsBytes(mapper.readTree(Contrats.ofFiches(30, 2))),
    };
    try (OutputStream out = file.equals("-") ? System.out : Files.newOutputStream(Path.of(file));
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
      for (int i = 0; i < count; i++) {
        buffered.write(lines[i % 2]);
        buffered.write('\n');
      }
    }
  }
}
