package ng.korrect.app;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import ng.korrect.artisan.ArtisanService;
import ng.korrect.artisan.ArtisanSettings;
import ng.korrect.catalog.ServiceName;
import ng.korrect.messaging.MessagingService;
import ng.korrect.messaging.MessagingSettings;
import ng.korrect.service.KorrectService;
import ng.korrect.service.ServiceConfig;
import ng.korrect.transaction.TransactionService;
import ng.korrect.transaction.TransactionSettings;
import ng.korrect.users.UsersService;
import ng.korrect.users.UsersSettings;

/**
 * The services this build can run, each with the way to make it from its settings. The platform starts
 * them in catalog order; a service of the catalog that is not built yet is reported, not faked. Each service
 * reads its own settings from the variables the platform gives it (not from the process's environment), so
 * that what the platform sets, such as {@code KORRECT_USERS_URL} with the Users service's real port,
 * reaches it.
 */
final class ServiceCatalog {

    /** Makes a service from its kit settings and the variables its own settings are read from. */
    @FunctionalInterface
    interface ServiceFactory {
        KorrectService create(ServiceConfig config, Map<String, String> environment);
    }

    private static final Map<ServiceName, ServiceFactory> FACTORIES = new EnumMap<>(ServiceName.class);

    static {
        FACTORIES.put(ServiceName.USERS, (config, env) ->
                new UsersService(config, UsersSettings.fromMap(env), Clock.systemUTC()));
        FACTORIES.put(ServiceName.ARTISAN, (config, env) ->
                new ArtisanService(config, ArtisanSettings.fromMap(env), Clock.systemUTC()));
        FACTORIES.put(ServiceName.TRANSACTION, (config, env) ->
                new TransactionService(config, TransactionSettings.fromMap(env), Clock.systemUTC()));
        FACTORIES.put(ServiceName.MESSAGING, (config, env) ->
                new MessagingService(config, MessagingSettings.fromMap(env), Clock.systemUTC()));
        FACTORIES.put(ServiceName.PLATFORM, (config, env) ->
                new ng.korrect.platform.PlatformService(config, ng.korrect.platform.PlatformSettings.fromMap(env),
                        Clock.systemUTC()));
    }

    private ServiceCatalog() {
    }

    /** The services that can run, in start order. */
    static List<ServiceName> available() {
        return Arrays.stream(ServiceName.values()).filter(FACTORIES::containsKey).toList();
    }

    /** The services of the catalog that this build does not have. */
    static List<ServiceName> missing() {
        return Arrays.stream(ServiceName.values()).filter(name -> !FACTORIES.containsKey(name)).toList();
    }

    /** The factory of that service, when this build has it. */
    static Optional<ServiceFactory> factory(ServiceName name) {
        return Optional.ofNullable(FACTORIES.get(name));
    }
}
