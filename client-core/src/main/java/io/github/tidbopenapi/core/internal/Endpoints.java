package io.github.tidbopenapi.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import okhttp3.HttpUrl;

/**
 * The endpoints of one client with failover state: the last endpoint that answered is tried first; an endpoint that
 * refused a connection is tried after the others until its cooldown ends (never skipped entirely, so a call always
 * tries every endpoint before giving up).
 */
final class Endpoints {
  private static final long UP = Long.MIN_VALUE;
  /** The order of a single endpoint, shared: callers only read the orders they get. */
  private static final int[] SINGLE = {0};

  private final List<HttpUrl> prefixes;
  private final long cooldownNanos;
  private final AtomicInteger preferred = new AtomicInteger();
  private final AtomicLongArray downUntil;

  Endpoints(List<HttpUrl> bases, List<String> apiPrefix, long cooldownNanos) {
    List<HttpUrl> list = new ArrayList<>();
    for (HttpUrl base : bases) {
      HttpUrl.Builder builder = base.newBuilder();
      List<String> segments = base.pathSegments();
      if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
        builder.removePathSegment(segments.size() - 1);
      }
      for (String segment : apiPrefix) {
        builder.addPathSegment(segment);
      }
      list.add(builder.build());
    }
    this.prefixes = list;
    this.cooldownNanos = cooldownNanos;
    this.downUntil = new AtomicLongArray(list.size());
    for (int i = 0; i < list.size(); i++) {
      downUntil.set(i, UP);
    }
  }

  int size() {
    return prefixes.size();
  }

  /** The base URL (with the API prefix) of endpoint {@code index}. */
  HttpUrl prefix(int index) {
    return prefixes.get(index);
  }

  /** The order to try the endpoints in now: preferred first, cooling-down ones last. */
  int[] order(long nowNanos) {
    int n = prefixes.size();
    if (n == 1) {
      return SINGLE;
    }
    int[] order = new int[n];
    int first = preferred.get();
    int at = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < n; k++) {
        int i = (first + k) % n;
        boolean cooling = isCooling(i, nowNanos);
        if ((pass == 0) != cooling) {
          order[at++] = i;
        }
      }
    }
    return order;
  }

  boolean isCooling(int index, long nowNanos) {
    long until = downUntil.get(index);
    return until != UP && until - nowNanos > 0;
  }

  void markDown(int index, long nowNanos) {
    downUntil.set(index, nowNanos + cooldownNanos);
  }

  void markUp(int index) {
    // read before writing: every answer marks its endpoint up, and an unconditional volatile write from each of
    // many callback threads keeps moving the same cache lines between cores
    if (downUntil.get(index) != UP) {
      downUntil.set(index, UP);
    }
    if (preferred.get() != index) {
      preferred.set(index);
    }
  }
}
