package ng.korrect.platform.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.service.provider.ProviderEndpoint;

/**
 * The channel of each notification type: the provider over HTTP where one is configured, the
 * recording channel otherwise. Immutable.
 */
public final class Channels {

    private final Map<NotificationType, NotificationChannel> byType;

    private Channels(Map<NotificationType, NotificationChannel> byType) {
        this.byType = Map.copyOf(byType);
    }

    /**
     * For each type, an {@link HttpProviderChannel} to the provider that {@code providers} gives, else a
     * {@link RecordingChannel} on that database.
     */
    public static Channels configure(Function<NotificationType, Optional<ProviderEndpoint>> providers,
                                     Duration timeout, DataSource dataSource, Clock clock) {
        Map<NotificationType, NotificationChannel> channels = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            channels.put(type, providers.apply(type)
                    .<NotificationChannel>map(endpoint -> new HttpProviderChannel(type, endpoint, timeout))
                    .orElseGet(() -> new RecordingChannel(type, dataSource, clock)));
        }
        return new Channels(channels);
    }

    /** The channel of that type. */
    public NotificationChannel of(NotificationType type) {
        return Objects.requireNonNull(byType.get(type), "no channel for " + type);
    }
}
