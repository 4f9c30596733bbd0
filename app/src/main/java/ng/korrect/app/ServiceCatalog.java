package ng.korrect.app;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ng.korrect.artisan.ArtisanService;
import ng.korrect.catalog.ServiceName;
import ng.korrect.messaging.MessagingService;
import ng.korrect.platform.PlatformService;
import ng.korrect.service.KorrectService;
import ng.korrect.service.ServiceConfig;
import ng.korrect.transaction.TransactionService;
import ng.korrect.users.UsersService;

/**
 * The services this build can run, each with the way to make it from its settings. The platform starts
 * them in catalog order; a service of the catalog that is not built yet is reported, not faked.
 */
final class ServiceCatalog {

    private static final Map<ServiceName, Function<ServiceConfig, KorrectService>> FACTORIES =
            new EnumMap<>(ServiceName.class);

    static {
        FACTORIES.put(ServiceName.USERS, UsersService::new);
        FACTORIES.put(ServiceName.ARTISAN, ArtisanService::new);
        FACTORIES.put(ServiceName.TRANSACTION, TransactionService::new);
        FACTORIES.put(ServiceName.MESSAGING, MessagingService::new);
        FACTORIES.put(ServiceName.PLATFORM, PlatformService::new);
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
    static Optional<Function<ServiceConfig, KorrectService>> factory(ServiceName name) {
        return Optional.ofNullable(FACTORIES.get(name));
    }
}
