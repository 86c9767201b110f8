package io.github.tidbopenapi.ticdc.model;

/**
 * The server's naming rule for changefeed ids, namespaces and capture ids in paths: ASCII letters and digits in
 * groups joined by single hyphens ({@code ^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$}), at most {@value #MAX_LENGTH} characters.
 * The server answers anything else with 400 {@code CDC:ErrAPIInvalidParam}; checking first gives a clearer error
 * and saves a round trip.
 */
public final class ChangefeedIds {

  /** The longest id the server accepts. */
  public static final int MAX_LENGTH = 128;

  private ChangefeedIds() {}

  /**
   * Whether a value follows the server's id rule.
   *
   * @param value a candidate id, possibly {@code null}
   * @return {@code true} when the server would accept it
   */
  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && followsRule(value);
  }

  /**
   * Checks a value against the server's id rule.
   *
   * @param wireName the name of the field or parameter being checked, used in the message, e.g.
   *     {@code "changefeed_id"} or {@code "namespace"}
   * @param value the id to check
   * @return {@code value}, for chaining
   * @throws IllegalArgumentException if the value is {@code null}, empty, longer than {@value #MAX_LENGTH}
   *     characters or not made of letter-and-digit groups joined by single hyphens; the message starts with
   *     {@code wireName}
   */
  public static String validate(String wireName, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(wireName + " is required and must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(wireName + " must be at most " + MAX_LENGTH + " characters, got "
          + value.length());
    }
    if (!followsRule(value)) {
      throw new IllegalArgumentException(wireName + " \"" + value + "\" is invalid: use ASCII letters and digits,"
          + " optionally in groups joined by single hyphens (^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$)");
    }
    return value;
  }

  /**
   * {@code ^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$} without a regex (every path call checks its ids): not empty, letters and
   * digits, hyphens only between two of them.
   */
  private static boolean followsRule(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!letterOrDigit && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
