package ng.korrect.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ng.korrect.cli.CommandRun;
import org.junit.jupiter.api.Test;

class ListEventTypesCommandTest {

    private final CommandRun run = CommandRun.of("catalog", "list");

    @Test
    void shouldPrintHeaderAndOneRowPerEventType() {
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(1 + 21);
        assertThat(cells(run.outLines().getFirst())).containsExactly("TYPE", "PRODUCER", "CONSUMER GROUPS", "STREAM");
    }

    @Test
    void shouldNameProducersConsumerGroupsAndStreamOfEachType() {
        Map<String, List<String>> rows = rowsByType();

        assertThat(rows.get("review.created"))
                .containsExactly("review.created", "artisan", "artisan, platform", "korrect:events:review.created");
        assertThat(rows.get("booking.created"))
                .containsExactly("booking.created", "transaction", "platform, artisan", "korrect:events:booking.created");
        assertThat(rows.get("user.deleted")).containsExactly("user.deleted", "users",
                "users, artisan, transaction, messaging, platform", "korrect:events:user.deleted");
        assertThat(rows.get("notification.send"))
                .containsExactly("notification.send", "any service", "platform", "korrect:events:notification.send");
    }

    @Test
    void shouldAlignColumns() {
        List<Integer> streamColumns = run.outLines().stream().skip(1).map(line -> line.indexOf("korrect:events:")).distinct().toList();

        assertThat(streamColumns).hasSize(1);
        assertThat(run.outLines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    }

    private Map<String, List<String>> rowsByType() {
        return run.outLines().stream().skip(1).map(ListEventTypesCommandTest::cells)
                .collect(Collectors.toMap(List::getFirst, Function.identity()));
    }

    private static List<String> cells(String row) {
        return List.of(row.split(" {2,}"));
    }
}
