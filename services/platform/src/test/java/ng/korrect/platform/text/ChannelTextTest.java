package ng.korrect.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelTextTest {

    @Test
    void shouldDropBidiOverridesAndControlCharactersAndKeepLetters() {
        assertThat(ChannelText.plain("Ada\u202Egnp.exe \u0639\u0644\u064a\u0000 \u1ecc\u0300la", false))
                .isEqualTo("Adagnp.exe \u0639\u0644\u064a \u1ecc\u0300la");
    }

    @Test
    void shouldKeepABodysLinesButPutATitleOnOneLine() {
        assertThat(ChannelText.plain("one\r\ntwo", true)).isEqualTo("one \ntwo");
        assertThat(ChannelText.plain("Eve\r\nBcc: x@y.ng", false)).isEqualTo("Eve  Bcc: x@y.ng");
    }

    @Test
    void shouldShowMarkupAsTextInHtml() {
        assertThat(ChannelText.html("To <b>you</b>", "Hi <img src=x onerror=\"alert(1)\"> & 'you'\nbye"))
                .isEqualTo("<h1>To &lt;b&gt;you&lt;/b&gt;</h1>"
                        + "<p>Hi &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;you&#39;<br>bye</p>");
    }

    @Test
    void shouldKeepANameOnOneLineWithoutOverrides() {
        assertThat(new Person("u-1", java.util.Optional.of("Mallory\u202E\r\nEve")).nameOr("someone"))
                .isEqualTo("Mallory  Eve");
    }
}
