package org.parley.coding.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorCode;
import org.parley.model.ActorMention;
import org.parley.model.CharSpan;
import org.parley.model.ResolvedBy;

/** Looking mentions up by token, including the several actors one phrase can name. */
class MentionIndexTest {
  // "US and British activists protested": tokens 0 US, 1 and, 2 British, 3 activists.
  private static ActorMention mention(
      int start, int end, int head, String text, int begin, String code) {
    return new ActorMention(
        "d",
        0,
        start,
        end,
        head,
        text,
        new CharSpan(begin, begin + text.length()),
        "role",
        Optional.ofNullable(code).map(ActorCode::new),
        code == null ? ResolvedBy.NONE : ResolvedBy.TITLE,
        List.of(),
        "");
  }

  private static final ActorMention US = mention(0, 4, 3, "US", 0, "USAOPP");
  private static final ActorMention BRITISH = mention(0, 4, 3, "British", 7, "GBROPP");
  private static final ActorMention BRITISH_COUNTRY = mention(2, 3, 2, "British", 7, "GBR");

  @Test
  void allCodedGivesEveryActorOfAPhraseAndAtTheFirst() {
    MentionIndex index = new MentionIndex(List.of(US, BRITISH, BRITISH_COUNTRY));
    assertThat(index.allCoded(0, 3)).containsExactly(US, BRITISH);
    assertThat(index.at(0, 3)).contains(US);
    assertThat(index.coded(0, 3)).contains(US);
    // A token with a mention of its own gets that one.
    assertThat(index.allCoded(0, 2)).containsExactly(BRITISH_COUNTRY);
  }

  @Test
  void allCodedFallsBackToTheSmallestCodedMentionCoveringTheToken() {
    MentionIndex index = new MentionIndex(List.of(US, BRITISH));
    assertThat(index.allCoded(0, 1)).containsExactly(US);
    assertThat(index.allCoded(0, 5)).isEmpty();
    assertThat(index.allCoded(1, 3)).isEmpty();
  }

  @Test
  void allCodedLeavesOutMentionsWithNoCode() {
    ActorMention uncoded = mention(0, 4, 3, "US and British activists", 0, null);
    assertThat(new MentionIndex(List.of(uncoded)).allCoded(0, 3)).isEmpty();
  }
}
