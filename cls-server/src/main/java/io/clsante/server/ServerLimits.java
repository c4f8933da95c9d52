package io.clsante.server;

import io.clsante.model.json.JsonLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits that keep the server responsive whatever its clients send.
 *
 * @param maxRequestBytes the largest request body accepted; a larger one gets 413 (by default the
 *     library's document limit, 16 MiB)
 * @param requestTimeout the longest time spent on one request once its body is read; beyond it the
 *     client gets 503
 * @param maxConcurrentRequests how many requests are worked on at once; the others wait
 * @param maxWait how long a request waits for its turn before it gets 503 (at least a millisecond)
 */
public record ServerLimits(long maxRequestBytes, Duration requestTimeout, int maxConcurrentRequests, Duration maxWait) {
  /**
   * Checks the limits.
   *
   * @param maxRequestBytes the largest request body accepted
   * @param requestTimeout the longest time spent on one request
   * @param maxConcurrentRequests how many requests are worked on at once
   * @param maxWait how long a request waits for its turn
   * @throws IllegalArgumentException if a size, count or duration is not positive
   */
  public ServerLimits {
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxRequestBytes <= 0 || maxConcurrentRequests <= 0 || requestTimeout.isNegative() || requestTimeout.isZero()
        || maxWait.isNegative() || maxWait.isZero()) {
      throw new IllegalArgumentException("Server limits must be positive: " + maxRequestBytes + " bytes, "
          + requestTimeout + ", " + maxConcurrentRequests + " requests, " + maxWait);
    }
  }

  /**
   * Returns the default limits: 16 MiB per request, 30 s per request, twice as many requests at once
   * as there are processors, and 10 s of waiting.
   *
   * @return the defaults
   */
  public static ServerLimits defaults() {
    return new ServerLimits(JsonLimits.defaults().maxDocumentBytes(), Duration.ofSeconds(30),
        2 * Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(10));
  }

  /**
   * Returns these limits with another request size.
   *
   * @param bytes the largest request body accepted
   * @return new limits
   */
  public ServerLimits withMaxRequestBytes(long bytes) {
    return new ServerLimits(bytes, requestTimeout, maxConcurrentRequests, maxWait);
  }

  /**
   * Returns these limits with another time per request.
   *
   * @param timeout the longest time spent on one request
   * @return new limits
   */
  public ServerLimits withRequestTimeout(Duration timeout) {
    return new ServerLimits(maxRequestBytes, timeout, maxConcurrentRequests, maxWait);
  }

  /**
   * Returns these limits with another number of concurrent requests.
   *
   * @param requests how many requests are worked on at once
   * @return new limits
   */
  public ServerLimits withMaxConcurrentRequests(int requests) {
    return new ServerLimits(maxRequestBytes, requestTimeout, requests, maxWait);
  }

  /**
   * Returns these limits with another waiting time.
   *
   * @param wait how long a request waits for its turn
   * @return new limits
   */
  public ServerLimits withMaxWait(Duration wait) {
    return new ServerLimits(maxRequestBytes, requestTimeout, maxConcurrentRequests, wait);
  }
}
