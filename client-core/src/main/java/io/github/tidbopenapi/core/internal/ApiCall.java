package io.github.tidbopenapi.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.tidbopenapi.core.error.ErrorMapper;
import io.github.tidbopenapi.core.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One request to send, described independently of how it is sent (sync or async): operation name, method, path
 * segments (each percent-encoded as one segment), query, JSON body, whether it is safe to repeat, and how to read
 * the answer. Internal API.
 *
 * @param <T> the result type
 */
public final class ApiCall<T> {
  static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

  final String operation;
  final String method;
  final List<String> segments;
  final List<String[]> query;
  final byte[] body;
  final boolean idempotent;
  final ResponseReader<T> reader;
  final ErrorMapper errorOverride;

  private ApiCall(Builder<T> b) {
    this.operation = b.operation;
    this.method = b.method;
    this.segments = copyOf(b.segments);
    this.query = copyOf(b.query);
    this.body = b.body;
    this.idempotent = b.idempotent;
    this.reader = b.reader;
    this.errorOverride = b.errorOverride;
  }

  private static <E> List<E> copyOf(List<E> list) {
    return list.isEmpty() ? Collections.<E>emptyList() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Starts a GET (safe to repeat).
   *
   * @param operation the operation name for logs and errors, e.g. {@code "changefeeds.get"}
   * @param reader how to read a success answer
   * @param <T> the result type
   * @return a builder
   */
  public static <T> Builder<T> get(String operation, ResponseReader<T> reader) {
    return new Builder<>(operation, "GET", reader).idempotent(true);
  }

  /**
   * Starts a POST (not repeated unless marked idempotent).
   *
   * @param operation the operation name
   * @param reader how to read a success answer
   * @param <T> the result type
   * @return a builder
   */
  public static <T> Builder<T> post(String operation, ResponseReader<T> reader) {
    return new Builder<>(operation, "POST", reader);
  }

  /**
   * Starts a PUT (not repeated unless marked idempotent).
   *
   * @param operation the operation name
   * @param reader how to read a success answer
   * @param <T> the result type
   * @return a builder
   */
  public static <T> Builder<T> put(String operation, ResponseReader<T> reader) {
    return new Builder<>(operation, "PUT", reader);
  }

  /**
   * Starts a DELETE (not repeated unless marked idempotent).
   *
   * @param operation the operation name
   * @param reader how to read a success answer
   * @param <T> the result type
   * @return a builder
   */
  public static <T> Builder<T> delete(String operation, ResponseReader<T> reader) {
    return new Builder<>(operation, "DELETE", reader);
  }

  /**
   * The operation name.
   *
   * @return e.g. {@code "changefeeds.get"}
   */
  public String operation() {
    return operation;
  }

  /**
   * The HTTP method.
   *
   * @return e.g. {@code "GET"}
   */
  public String method() {
    return method;
  }

  /**
   * Whether the call may be repeated after it may have reached the server.
   *
   * @return {@code true} for safe operations
   */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * The JSON body, if any.
   *
   * @return the UTF-8 body bytes, or {@code null}
   */
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  /**
   * The path segments (unencoded) after the API prefix.
   *
   * @return the segments
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * The query parameters in order, as name/value pairs.
   *
   * @return the query
   */
  public List<String[]> query() {
    return query;
  }

  /**
   * Builds {@link ApiCall}s.
   *
   * @param <T> the result type
   */
  public static final class Builder<T> {
    private final String operation;
    private final String method;
    private final ResponseReader<T> reader;
    private final List<String> segments = new ArrayList<>();
    private final List<String[]> query = new ArrayList<>();
    private byte[] body;
    private boolean idempotent;
    private ErrorMapper errorOverride;

    private Builder(String operation, String method, ResponseReader<T> reader) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.method = method;
      this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Appends path segments; each one is percent-encoded as a single segment, so {@code /}, {@code ?}, {@code #},
     * {@code %} and spaces in names never change the route.
     *
     * @param parts literal route parts and user-supplied names
     * @return this builder
     * @throws IllegalArgumentException if a part is null, empty, {@code "."} or {@code ".."}, which no URL can
     *     carry as a single segment
     */
    public Builder<T> path(String... parts) {
      for (String part : parts) {
        segments.add(PathSegments.check(part));
      }
      return this;
    }

    /**
     * Adds a query parameter; a {@code null} value adds nothing.
     *
     * @param name the parameter name
     * @param value the value or {@code null}
     * @return this builder
     */
    public Builder<T> query(String name, Object value) {
      if (value != null) {
        query.add(new String[] {name, String.valueOf(value)});
      }
      return this;
    }

    /**
     * Adds a query parameter once per value ({@code ?n=a&n=b}, OpenAPI form/explode).
     *
     * @param name the parameter name
     * @param values the values; {@code null} or empty adds nothing
     * @return this builder
     */
    public Builder<T> queryAll(String name, Iterable<String> values) {
      if (values != null) {
        for (String value : values) {
          query(name, value);
        }
      }
      return this;
    }

    /**
     * Sets the JSON body: the value is encoded with the SDK's codec now, so encoding errors surface before any I/O.
     *
     * @param value a model or {@code null} for the empty object {@code {}}
     * @return this builder
     * @throws IllegalArgumentException if the value cannot be encoded
     */
    public Builder<T> jsonBody(Object value) {
      if (value == null) {
        this.body = EMPTY_OBJECT;
        return this;
      }
      try {
        this.body = JsonCodec.mapper().writeValueAsBytes(value);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot encode the " + operation + " request body: "
            + e.getOriginalMessage(), e);
      }
      return this;
    }

    /**
     * Sends the empty JSON object {@code {}} as the body (D-12: some routes fail on an empty body).
     *
     * @return this builder
     */
    public Builder<T> emptyJsonBody() {
      this.body = EMPTY_OBJECT;
      return this;
    }

    /**
     * Marks whether the call is safe to repeat after it may have reached the server.
     *
     * @param idempotent {@code true} for reads and idempotent deletes
     * @return this builder
     */
    public Builder<T> idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Sets a mapper consulted before the client's, for route-specific meanings (DM's empty 404 for a missing
     * source). It may return {@code null} to defer to the client's mapper.
     *
     * @param mapper the route-specific mapper
     * @return this builder
     */
    public Builder<T> errorOverride(ErrorMapper mapper) {
      this.errorOverride = mapper;
      return this;
    }

    /**
     * Builds the call.
     *
     * @return the call
     */
    public ApiCall<T> build() {
      return new ApiCall<>(this);
    }
  }
}
