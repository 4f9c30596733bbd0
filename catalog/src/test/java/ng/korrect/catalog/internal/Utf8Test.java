package ng.korrect.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "é", "€", "漢字", "😀", "\u0000", "\uFFFF", "\uDBFF\uDFFF"})
    void shouldAcceptWellFormedText(String text) {
        assertThat(Utf8.isWellFormed(text.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "C0AF",         // overlong '/'
        "E080AF",       // overlong three-byte form
        "F08080AF",     // overlong four-byte form
        "EDA080",       // an encoded surrogate, U+D800
        "F4908080",     // past U+10FFFF
        "F5808080",     // no such lead byte
        "80",           // a continuation byte alone
        "E282",         // cut short
        "C328",         // a lead byte without its continuation
        "FF"})
    void shouldRefuseMalformedBytes(String hex) {
        assertThat(Utf8.isWellFormed(bytes(hex))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EFBBBF7B7D"})
    void shouldSeeALeadingByteOrderMark(String hex) {
        assertThat(Utf8.startsWithByteOrderMark(bytes(hex))).isTrue();
        assertThat(Utf8.startsWithByteOrderMark(bytes("7B7D"))).isFalse();
    }

    private static byte[] bytes(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
