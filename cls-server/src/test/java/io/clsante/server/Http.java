package io.clsante.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client of a test server: plain bodies, multipart forms, answers as text or JSON. */
final class Http {
  static final String BOUNDARY = "----cls-test-boundary";

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;

  Http(URI base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  HttpResponse<String> postFile(String path, String field, String fileName, byte[] file)
      throws IOException, InterruptedException {
    return post(path, "multipart/form-data; boundary=" + BOUNDARY, form(new Part(field, fileName, file)));
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  /** A part of a form: a field, with a file name when it is a file. */
  record Part(String field, String fileName, byte[] content) {}

  static byte[] form(Part... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\""
          + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"\r\nContent-Type: application/json")
          + "\r\n\r\n";
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(p.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
