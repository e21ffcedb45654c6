package dev.tessera.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedTextTest {

    @Test
    void utf8IsDecodedAndTheBomDropped() {
        byte[] bytes = "\uFEFF中文 اردو 😀\r\n\tok".getBytes(StandardCharsets.UTF_8);
        assertThat(UploadedText.decode(bytes)).isEqualTo("中文 اردو 😀\r\n\tok");
    }

    @Test
    void badBytesAndCharactersAreRefused() {
        assertRefused(new byte[] {(byte) 0xC3, (byte) 0x28});
        assertRefused(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertRefused("nul\u0000".getBytes(StandardCharsets.UTF_8));
        assertRefused("esc\u001B[0m".getBytes(StandardCharsets.UTF_8));
        assertRefused("c1\u0081".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> UploadedText.check("lone \uDC00", "x")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> UploadedText.check("lone \uD800", "x")).isInstanceOf(ApiException.class);
    }

    private static void assertRefused(byte[] bytes) {
        assertThatThrownBy(() -> UploadedText.decode(bytes))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
    }
}
