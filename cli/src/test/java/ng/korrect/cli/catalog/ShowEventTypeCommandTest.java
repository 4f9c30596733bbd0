package ng.korrect.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ng.korrect.cli.CommandRun;
import org.junit.jupiter.api.Test;

class ShowEventTypeCommandTest {

    @Test
    void shouldShowSummaryKeysFieldsAndConsumersOfReviewCreated() {
        CommandRun run = CommandRun.of("catalog", "show", "review.created");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly("""
                review.created
                Published when a customer submits a review.

                producer      artisan
                stream        korrect:events:review.created
                dead letters  korrect:dlq:review.created

                payload
                  reviewId          string, not blank  required
                  artisanProfileId  string, not blank  required
                  customerId        string, not blank  required
                  rating            number, 1 to 5     required  Fractions allowed, e.g. 4.5
                  title             string             required

                consumers
                  artisan   Recalculate average rating
                  platform  Notify artisan
                """.lines().toArray(String[]::new));
    }

    @Test
    void shouldShowAnyServiceAsProducerOfNotificationSend() {
        CommandRun run = CommandRun.of("catalog", "show", "notification.send");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).contains("producer      any service", "  platform  Deliver notification via appropriate channel");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("  data +object +optional.*"));
    }

    @Test
    void shouldSuggestTheClosestTypeForAMisspelledOne() {
        CommandRun run = CommandRun.of("catalog", "show", "review.create");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown event type 'review.create'; did you mean 'review.created'?")
                .doesNotContain("\tat ");
    }

    @Test
    void shouldListTheValidTypesForAnUnknownOne() {
        CommandRun run = CommandRun.of("catalog", "show", "invoice.paid");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown event type 'invoice.paid'")
                .doesNotContain("did you mean")
                .contains("The event types are: user.created, user.updated,")
                .contains("message.sent, notification.send");
    }

    @Test
    void shouldTreatAMissingTypeAsUsageError() {
        CommandRun run = CommandRun.of("catalog", "show");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'TYPE'");
    }
}
