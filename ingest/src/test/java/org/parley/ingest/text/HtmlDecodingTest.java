package org.parley.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlDecodingTest {
  @Test
  void aMetaCharsetIsFollowed() {
    String page = "<html><head><meta charset=\"euc-kr\"><title>t</title></head><body>서울</body>";
    byte[] bytes = page.getBytes(Charset.forName("EUC-KR"));
    DecodedText d = HtmlDecoding.decode(bytes, Optional.empty());
    assertThat(d.text()).contains("서울");
    assertThat(d.charset()).isEqualTo(Charset.forName("EUC-KR"));
    assertThat(d.usedFallback()).isFalse();
  }

  @Test
  void anHttpEquivDeclarationIsFollowedAndLatin1MeansWindows1252() {
    String page =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>“Talks”</p>";
    DecodedText d = HtmlDecoding.decode(page.getBytes(TextDecoder.WINDOWS_1252), Optional.empty());
    assertThat(d.text()).contains("“Talks”");
    assertThat(d.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
  }

  @Test
  void theTransportCharsetWinsOverTheMetaAndTheByteOrderMarkOverBoth() {
    String page = "<meta charset=utf-8><p>Café</p>";
    byte[] latin = page.getBytes(TextDecoder.WINDOWS_1252);
    assertThat(HtmlDecoding.decode(latin, Optional.of("windows-1252")).text()).contains("Café");
    byte[] bom = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
    DecodedText d = HtmlDecoding.decode(bom, Optional.of("windows-1252"));
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).contains("Café");
  }

  @Test
  void withoutADeclarationBadUtf8FallsBackToWindows1252AndSaysSo() {
    byte[] bytes = "<p>Kim’s visit</p>".getBytes(TextDecoder.WINDOWS_1252);
    DecodedText d = HtmlDecoding.decode(bytes, Optional.empty());
    assertThat(d.usedFallback()).isTrue();
    assertThat(d.text()).contains("Kim’s");
  }

  @Test
  void anUnknownCharsetNameIsIgnored() {
    byte[] bytes = "<meta charset=klingon><p>ok</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.decode(bytes, Optional.of("nonsense")).charset())
        .isEqualTo(StandardCharsets.UTF_8);
  }
}
