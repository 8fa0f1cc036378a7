package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.coding.dictionary.PatternElement.SynonymRef;
import org.parley.model.Diagnostic;

class VerbDictionaryMalformedTest {

  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void malformedLinesBecomeLocatedDiagnosticsAndTheRestLoads() throws IOException {
    Path file =
        write(
            "bad.verbs.txt",
            "&GOOD", // 1
            "+ALPHA", // 2
            "+BETA_", // 3
            "", // 4
            "- * ORPHAN [010]", // 5 pattern before any block
            "---  TALK   [040]  ---", // 6
            "TALK", // 7
            "SPEAK {SPOKE SPOKEN SPEAKING SPEAKS}", // 8
            "BAD WORD", // 9 two words
            "- * (WITH &MISSING) [041]", // 10 undefined set
            "- * (ABOUT {PEACE) [042]", // 11 mismatched brackets
            "- * PEACE [04 3]", // 12 malformed code
            "- * &GOOD [043]  # fine", // 13
            "- NO STAR [044]", // 14 no verb marker
            "+CALL_OFF [16", // 15 unclosed code
            "<!-- a comment", // 16
            "- * HIDDEN [045]", // 17 inside the comment
            "-->", // 18
            "+CALL_UP {+CALLED_UP +CALLS_UP}"); // 19
    VerbDictionary d = VerbDictionary.read(file);

    assertThat(d.diagnostics())
        .extracting(Diagnostic::record)
        .containsExactly("5", "9", "15", "10", "11", "12", "14");
    assertThat(d.diagnostics()).allMatch(x -> x.file().equals(file.toString()));
    assertThat(d.diagnostics().get(3).located())
        .isEqualTo(file + ":10: pattern: undefined synonym set &MISSING; skipped");

    VerbBlock talk = d.requireBlock("TALK");
    assertThat(talk.forms())
        .extracting(f -> String.join("_", f.words()))
        .containsExactly("TALK", "SPEAK", "CALL_UP");
    assertThat(talk.patterns()).hasSize(1);
    SynonymRef good = (SynonymRef) talk.patterns().get(0).after().get(0);
    assertThat(good.members())
        .containsExactly(List.of("ALPHA"), List.of("ALPHAS"), List.of("BETA"));
    assertThat(d.lookup("spoke")).extracting(m -> m.form().lemma()).containsExactly("SPEAK");
    assertThat(d.lookup("talked")).hasSize(1);
    assertThat(d.lookupPhrase(List.of("calls", "up"), 0)).hasSize(1);
  }

  @Test
  void laterFilesAddToBlocksAndOverrideCodesVisibly() throws IOException {
    Path base = write("base.txt", "---  TALK   [040]  ---", "TALK", "- * PEACE [043]");
    Path more =
        write(
            "more.txt",
            "---  TALK   [041]  ---",
            "CHAT",
            "- * &NEWSET [044]",
            "---  SHOUT  [---]  ---",
            "SHOUT",
            "&NEWSET",
            "+TRUCE");
    VerbDictionary d = VerbDictionary.read(List.of(base, more));

    assertThat(d.blockCount()).isEqualTo(2);
    VerbBlock talk = d.requireBlock("TALK");
    assertThat(talk.code().orElseThrow().raw()).isEqualTo("041");
    assertThat(talk.provenance().file()).isEqualTo("base.txt");
    assertThat(talk.forms()).hasSize(2);
    assertThat(talk.patterns())
        .extracting(p -> p.provenance().file())
        .containsExactly("base.txt", "more.txt");
    assertThat(d.lookup("chats").get(0).code().raw()).isEqualTo("041");
    assertThat(d.lookup("shout").get(0).code().isNoEvent()).isTrue();
    assertThat(d.diagnostics())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Diagnostic.Severity.WARNING);
              assertThat(x.located())
                  .isEqualTo(more + ":1: block TALK: code [040] from base.txt:1 replaced by [041]");
            });
  }

  @Test
  void misuseThrowsNamingTheArgument() throws IOException {
    assertThatThrownBy(() -> VerbDictionary.read(dir.resolve("missing.txt")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("file:");
    assertThatThrownBy(() -> VerbDictionary.read(List.of())).hasMessageStartingWith("files:");
    VerbDictionary d = VerbDictionary.read(write("one.txt", "---  TALK   [040]  ---", "TALK"));
    assertThatThrownBy(() -> d.lookupPhrase(List.of("talk"), 1)).hasMessageStartingWith("start:");
  }
}
