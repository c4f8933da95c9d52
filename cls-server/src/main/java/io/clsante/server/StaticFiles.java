package io.clsante.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page, its script and style sheet, and the OpenAPI description: read once, served from memory. */
final class StaticFiles {
  static final String SCRIPT = "/cls.js";
  static final String STYLE = "/cls.css";

  /** A file and its media type. */
  record File(String contentType, byte[] bytes) {}

  private final Map<String, File> files = Map.of(
      "/", read("page/index.html", Api.HTML),
      "/index.html", read("page/index.html", Api.HTML),
      SCRIPT, read("page/cls.js", "text/javascript; charset=utf-8"),
      STYLE, read("page/cls.css", "text/css; charset=utf-8"),
      "/api/v1/openapi.json", read("openapi.json", Api.JSON));

  File get(String path) {
    return files.get(path);
  }

  private static File read(String name, String contentType) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource io/clsante/server/" + name);
      }
      return new File(contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
