package ng.korrect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KorrectCommandTest {

    @Test
    void shouldPrintUsageWithoutArguments() {
        CommandRun run = CommandRun.of();

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: korrect").contains("catalog");
    }

    @Test
    void shouldTreatCatalogWithoutSubcommandAsUsageError() {
        CommandRun run = CommandRun.of("catalog");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand").contains("list", "show", "validate");
    }

    @Test
    void shouldTreatUnknownSubcommandAsUsageError() {
        CommandRun run = CommandRun.of("catalog", "lsit");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").contains("list").doesNotContain("\tat ");
    }

    @Test
    void shouldGiveEverySubcommandTheVersionOption() {
        CommandRun run = CommandRun.of("catalog", "list", "--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("korrect 0.1.0" + System.lineSeparator());
    }
}
