package io.clsante.spring.compat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application that uses the starter as a downstream application would, built against the
 * Spring Boot 3.5 BOM in {@code compat/boot3} and against the Spring Boot 4.0 BOM in
 * {@code compat/boot4}, from the same sources.
 */
@SpringBootApplication
public class CompatApplication {
  /**
   * Starts the application.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(CompatApplication.class, args);
  }
}
