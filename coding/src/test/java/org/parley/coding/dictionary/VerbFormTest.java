package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.DictionaryEntry;

class VerbFormTest {

  @Test
  void generatesRegularInflections() {
    assertThat(VerbForm.regularInflections("visit"))
        .containsExactly("VISITS", "VISITED", "VISITING");
    assertThat(VerbForm.regularInflections("MAKE")).containsExactly("MAKES", "MAKED", "MAKING");
    assertThat(VerbForm.regularInflections("AGREE"))
        .containsExactly("AGREES", "AGREED", "AGREEING");
    assertThat(VerbForm.regularInflections("CARRY"))
        .containsExactly("CARRIES", "CARRIED", "CARRYING");
    assertThat(VerbForm.regularInflections("PLAY")).containsExactly("PLAYS", "PLAYED", "PLAYING");
    assertThat(VerbForm.regularInflections("PUSH")).containsExactly("PUSHES", "PUSHED", "PUSHING");
    assertThat(VerbForm.regularInflections("FAX")).containsExactly("FAXES", "FAXED", "FAXING");
  }

  @Test
  void multiWordFormListsEverySurfaceSequence() {
    VerbForm f =
        new VerbForm(
            List.of("WIRE", "TAP"),
            1,
            List.of("TAPPED"),
            Optional.empty(),
            new DictionaryEntry("x.txt", 1, "WIRE_+TAP {WIRE_+TAPPED}"));
    assertThat(f.lemma()).isEqualTo("TAP");
    assertThat(f.surfaceForms()).containsExactly(List.of("WIRE", "TAP"), List.of("WIRE", "TAPPED"));
  }

  @Test
  void rejectsAVerbIndexOutsideTheWords() {
    assertThatThrownBy(
            () ->
                new VerbForm(
                    List.of("MEET"),
                    1,
                    List.of(),
                    Optional.empty(),
                    new DictionaryEntry("x.txt", 1, "MEET")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("verbIndex:");
  }
}
