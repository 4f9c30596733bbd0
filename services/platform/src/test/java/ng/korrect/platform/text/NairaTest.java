package ng.korrect.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NairaTest {

    @Test
    void shouldWriteThousandsSeparatorsAndKobo() {
        assertThat(Naira.format(new BigDecimal("250000"))).isEqualTo("\u20A6250,000.00");
        assertThat(Naira.format(new BigDecimal("1234567.5"))).isEqualTo("\u20A61,234,567.50");
    }

    @Test
    void shouldWriteSmallAmountsWithALeadingZero() {
        assertThat(Naira.format(new BigDecimal("0.5"))).isEqualTo("\u20A60.50");
        assertThat(Naira.format(new BigDecimal("999.99"))).isEqualTo("\u20A6999.99");
    }

    @Test
    void shouldRoundHalfKoboUpRatherThanToEven() {
        assertThat(Naira.format(new BigDecimal("10.125"))).isEqualTo("\u20A610.13");
        assertThat(Naira.format(new BigDecimal("10.135"))).isEqualTo("\u20A610.14");
    }

    @Test
    void shouldPutTheMinusBeforeTheSign() {
        assertThat(Naira.format(new BigDecimal("-1500"))).isEqualTo("-\u20A61,500.00");
    }

    @Test
    void shouldKeepLargeAmountsExact() {
        assertThat(Naira.format(new BigDecimal("999999999999.99"))).isEqualTo("\u20A6999,999,999,999.99");
    }
}
