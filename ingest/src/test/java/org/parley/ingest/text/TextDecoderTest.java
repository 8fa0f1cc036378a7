package org.parley.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesValidUtf8WithoutFallback() {
    DecodedText d = TextDecoder.decode("Kim’s “visit”".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("Kim’s “visit”");
    assertThat(d.usedFallback()).isFalse();
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void fallsBackToWindows1252AndSaysWhereUtf8Broke() {
    byte[] bytes = "Kim’s “visit”".getBytes(TextDecoder.WINDOWS_1252);
    DecodedText d = TextDecoder.decode(bytes);
    assertThat(d.text()).isEqualTo("Kim’s “visit”");
    assertThat(d.usedFallback()).isTrue();
    assertThat(d.firstInvalidUtf8Offset()).isEqualTo(3);
    assertThat(d.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
  }

  @Test
  void decodesUtf16WithAByteOrderMark() {
    byte[] bytes = "Seoul".getBytes(StandardCharsets.UTF_16);
    assertThat(TextDecoder.isBinary(bytes)).isFalse();
    assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Seoul");
  }

  @Test
  void nulBytesMeanBinary() {
    assertThat(TextDecoder.isBinary(new byte[] {'P', 'K', 3, 4, 0, 0})).isTrue();
    assertThat(TextDecoder.isBinary("plain".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }
}
