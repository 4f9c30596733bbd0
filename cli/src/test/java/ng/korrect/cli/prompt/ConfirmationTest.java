package ng.korrect.cli.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import ng.korrect.cli.CommandException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfirmationTest {

    @AfterEach
    void forgetTheOverride() {
        System.clearProperty(Confirmation.INTERACTIVE_PROPERTY);
    }

    @Test
    void shouldRefuseWithoutATerminalStatingWhatWouldHaveHappened() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "false");
        StringWriter err = new StringWriter();

        assertThatThrownBy(() -> Confirmation.confirm(false, "Move group platform on s from 1-0 to 0-0: 7 entries will be "
                + "delivered to platform again. Go ahead?", new PrintWriter(err)))
                .isInstanceOf(CommandException.class)
                .hasMessage("Move group platform on s from 1-0 to 0-0: 7 entries will be delivered to platform again: "
                        + "refused, standard input is not a terminal; pass --yes to go ahead without a question");
        assertThat(err.toString()).as("nothing asked").isEmpty();
    }

    @Test
    void shouldGoAheadWithoutAskingWhenTheCommandWasGivenYes() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "false");

        assertThat(Confirmation.confirm(true, "Delete 3 dead letters for good?", new PrintWriter(new StringWriter()))).isTrue();
    }

    @Test
    void shouldStateAQuestionWithoutItsQuestionMark() {
        assertThat(Confirmation.statement("Delete group g on s (1 consumer, 0 pending, lag 0)?"))
                .isEqualTo("Delete group g on s (1 consumer, 0 pending, lag 0)");
    }
}
