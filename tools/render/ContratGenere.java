import io.clsante.testkit.ContratGenerator;
import java.io.IOException;

/**
 * Prints a generated contract, with fiches, operations, calendars, fundings and indicators, for the
 * screenshots of the HTML summary: {@code java -cp CLS_CLI_JAR:TESTKIT_JAR ContratGenere.java SEED TAILLE}.
 */
public final class ContratGenere {
  public static void main(String[] args) throws IOException {
    long seed = Long.parseLong(args[0]);
    int size = Integer.parseInt(args[1]);
    System.out.write(ContratGenerator.standard().generateJson(seed, size));
    System.out.flush();
  }
}
