package io.clsante.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * The document a request carries: the body itself ({@code application/json}), or the file of a
 * {@code multipart/form-data} form as the page sends it: a CLS JSON document, or a plan in the
 * Territoires en Transitions XLSX template. Read in memory, within the request limit.
 *
 * @param name the file name the client gave, or {@code document.json} ({@code plan.xlsx}) for a
 *     plain body
 * @param bytes the document
 * @param plan whether it is a plan (an XLSX workbook) rather than a JSON document
 * @param metadata for a plan sent in a form, the metadata file of its import (field
 *     {@code metadonnees}: a partial CLS document giving what the template lacks), when there is one
 */
record Upload(String name, byte[] bytes, boolean plan, Optional<byte[]> metadata) {
  /** The form field of the page's file; any single file is accepted too. */
  static final String FIELD = "document";
  /** The form field of a plan's metadata file. */
  static final String METADATA = "metadonnees";

  private static final String DEFAULT_NAME = "document.json";
  /** The media type of an XLSX workbook. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** The first bytes of a zip archive, which an XLSX workbook is. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /**
   * Reads the document of a request.
   *
   * @param request the request
   * @param limits the server's limits
   * @return the document
   * @throws HttpProblem 415 for another media type, 413 beyond the limit, 400 for a form without a file
   *     or with several
   */
  static Upload read(Request request, ServerLimits limits) {
    long maxBytes = limits.maxRequestBytes();
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType == null || contentType.isBlank()) {
      throw new HttpProblem(415, "missing-media-type");
    }
    String mediaType = HttpField.getValueParameters(contentType, null).strip().toLowerCase(Locale.ROOT);
    if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
      return new Upload(DEFAULT_NAME, body(request, limits), false, Optional.empty());
    }
    if (mediaType.equals("multipart/form-data")) {
      return form(request, contentType, limits);
    }
    if (mediaType.equals(XLSX)) {
      return new Upload("plan.xlsx", body(request, limits), true, Optional.empty());
    }
    throw new HttpProblem(415, "unsupported-media-type", mediaType);
  }

  private static byte[] body(Request request, ServerLimits limits) {
    long maxBytes = limits.maxRequestBytes();
    long declared = request.getLength();
    if (declared > maxBytes) {
      throw HttpProblem.tooLarge(limits);
    }
    byte[] bytes;
    try (InputStream in = Content.Source.asInputStream(request)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException | RuntimeException e) {
      throw isTooLarge(e) ? HttpProblem.tooLarge(limits) : new HttpProblem(400, "unreadable-body");
    }
    if (bytes.length > maxBytes) {
      throw HttpProblem.tooLarge(limits);
    }
    return bytes;
  }

  private static Upload form(Request request, String contentType, ServerLimits limits) {
    long maxBytes = limits.maxRequestBytes();
    if (request.getLength() > maxBytes) {
      throw HttpProblem.tooLarge(limits);
    }
    MultiPartConfig config = new MultiPartConfig.Builder()
        .location(Path.of(System.getProperty("java.io.tmpdir")))
        .maxParts(8)
        .maxSize(maxBytes)
        .maxPartSize(maxBytes)
        // Every part stays in memory: the limit is the request's, and nothing goes to disk.
        .maxMemoryPartSize(maxBytes)
        .build();
    MultiPartFormData.Parts parts;
    try {
      parts = MultiPartFormData.getParts(request, request, contentType, config);
    } catch (RuntimeException e) {
      throw isTooLarge(e) ? HttpProblem.tooLarge(limits) : new HttpProblem(400, "bad-form");
    }
    try (parts) {
      MultiPart.Part file = parts.getFirst(FIELD);
      if (file == null) {
        file = onlyFile(parts);
      }
      String name = file.getFileName() == null || file.getFileName().isBlank() ? DEFAULT_NAME : file.getFileName();
      byte[] bytes = content(file);
      MultiPart.Part metadata = parts.getFirst(METADATA);
      String type = file.getHeaders().get(HttpHeader.CONTENT_TYPE);
      boolean plan = XLSX.equals(type == null ? null : HttpField.getValueParameters(type, null).strip())
          || name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
          || Arrays.equals(bytes, 0, Math.min(bytes.length, ZIP.length), ZIP, 0, ZIP.length);
      return new Upload(name, bytes, plan,
          Optional.ofNullable(metadata).filter(m -> m.getLength() > 0).map(Upload::content));
    }
  }

  private static byte[] content(MultiPart.Part part) {
    try (InputStream in = Content.Source.asInputStream(part.createContentSource())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new HttpProblem(400, "bad-form");
    }
  }

  private static MultiPart.Part onlyFile(MultiPartFormData.Parts parts) {
    MultiPart.Part found = null;
    for (MultiPart.Part part : parts) {
      if (part.getFileName() != null && !part.getName().equals(METADATA)) {
        if (found != null) {
          throw new HttpProblem(400, "several-files");
        }
        found = part;
      }
    }
    if (found == null) {
      throw new HttpProblem(400, "no-file");
    }
    return found;
  }

  /** Whether a failure is the request limit's 413, which the size-limit handler raises while reading. */
  private static boolean isTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException http && http.getCode() == 413) {
        return true;
      }
    }
    return false;
  }
}
