package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventCodeSpecTest {

  @Test
  void splitsActiveAndPassiveCodesAtTheColon() {
    EventCodeSpec c = EventCodeSpec.parse("[042:043]").orElseThrow();
    assertThat(c.raw()).isEqualTo("042:043");
    assertThat(c.primary()).contains("042");
    assertThat(c.secondary()).contains("043");
    assertThat(c.isCameoForm()).isTrue();
    assertThat(c).hasToString("[042:043]");
  }

  @Test
  void nullCodeMeansNoEvent() {
    EventCodeSpec c = EventCodeSpec.parse("[---]").orElseThrow();
    assertThat(c.primary()).isEmpty();
    assertThat(c.secondary()).isEmpty();
    assertThat(c.isNoEvent()).isTrue();
    assertThat(c).isEqualTo(EventCodeSpec.NONE);
  }

  @Test
  void passiveOnlyCodeHasNoPrimary() {
    EventCodeSpec c = EventCodeSpec.parse(" [:173] ").orElseThrow();
    assertThat(c.primary()).isEmpty();
    assertThat(c.secondary()).contains("173");
    assertThat(c.isNoEvent()).isFalse();
  }

  @Test
  void readsFourDigitCodesAndBareText() {
    assertThat(EventCodeSpec.parse("[0354]").flatMap(EventCodeSpec::primary)).contains("0354");
    assertThat(EventCodeSpec.parse("036:036").flatMap(EventCodeSpec::secondary)).contains("036");
  }

  @Test
  void keepsOpaqueTestCodesButSaysTheyAreNotCameo() {
    EventCodeSpec c = EventCodeSpec.parse("[075A]").orElseThrow();
    assertThat(c.primary()).contains("075A");
    assertThat(c.isCameoForm()).isFalse();
    assertThat(EventCodeSpec.parse("[080!]").orElseThrow().isCameoForm()).isFalse();
  }

  @Test
  void rejectsTextThatIsNoCode() {
    for (String bad : new String[] {"", "[]", "[:]", "[1:2:3]", "[04 2]", "[042", "[[042]]"}) {
      assertThat(EventCodeSpec.parse(bad)).as(bad).isEqualTo(Optional.empty());
    }
  }

  @Test
  void constructorNamesTheArgumentOnMisuse() {
    assertThatThrownBy(() -> new EventCodeSpec("0 4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("raw:");
  }
}
