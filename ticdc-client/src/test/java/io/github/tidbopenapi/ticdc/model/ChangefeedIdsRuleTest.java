package io.github.tidbopenapi.ticdc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The id check follows the server's rule exactly: the rule as the server writes it, a regular expression, decides
 * every generated candidate the same way as the SDK's hand-written check.
 */
class ChangefeedIdsRuleTest {
  private static final Pattern SERVER_RULE = Pattern.compile("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$");

  @Property(tries = 3000)
  void agreesWithTheServersRegularExpression(@ForAll("candidates") String candidate) {
    boolean expected = candidate.length() <= ChangefeedIds.MAX_LENGTH && SERVER_RULE.matcher(candidate).matches();
    assertThat(ChangefeedIds.isValid(candidate)).as("%s", candidate).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> candidates() {
    // mostly the characters that matter, so that valid and nearly valid ids are both common
    return Arbitraries.strings().withChars("aZ09--_/. é\u0000").ofMinLength(0).ofMaxLength(12)
        .injectDuplicates(0.05)
        .edgeCases(edges -> edges.add("a".repeat(ChangefeedIds.MAX_LENGTH + 1)));
  }

  @Test
  void edgeCases() {
    assertThat(ChangefeedIds.isValid("a")).isTrue();
    assertThat(ChangefeedIds.isValid("a-b-c")).isTrue();
    assertThat(ChangefeedIds.isValid("a".repeat(ChangefeedIds.MAX_LENGTH))).isTrue();
    assertThat(ChangefeedIds.isValid("a".repeat(ChangefeedIds.MAX_LENGTH + 1))).isFalse();
    assertThat(ChangefeedIds.isValid("")).isFalse();
    assertThat(ChangefeedIds.isValid("-")).isFalse();
    assertThat(ChangefeedIds.isValid("-a")).isFalse();
    assertThat(ChangefeedIds.isValid("a-")).isFalse();
    assertThat(ChangefeedIds.isValid("a--b")).isFalse();
    assertThat(ChangefeedIds.isValid("a_b")).isFalse();
    assertThat(ChangefeedIds.isValid("caf\u00e9")).isFalse();
    assertThat(ChangefeedIds.isValid("\uff21")).isFalse();
  }
}
