package ng.korrect.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ng.korrect.service.Transactions;

/**
 * The module boundaries, checked over the production classes of every module on each build: the layer order
 * (catalog and embedded at the bottom, then the bus, the service kit, the five services, and on top the app, the
 * CLI and the benchmarks), no service using another, no module using another's {@code internal} packages, no
 * cycle between the packages of a module, and no route class of a service doing the work of a use case.
 * A module is a root package {@code ng.korrect.X}: {@code service} is the kit, {@code users}, {@code artisan},
 * {@code transaction}, {@code messaging} and {@code platform} the services.
 */
@AnalyzeClasses(packages = "ng.korrect",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.OnlyOurModules.class})
class ArchitectureTest {

    private static final List<String> SERVICES = List.of("users", "artisan", "transaction", "messaging", "platform");

    private static final List<String> MODULES = List.of(
            "catalog", "embedded", "bus", "service", "users", "artisan", "transaction", "messaging", "platform",
            "app", "cli", "bench");

    @ArchTest
    static final ArchRule everyClassBelongsToAModule = classes()
            .should().resideInAnyPackage(MODULES.stream().map(module -> "ng.korrect." + module + "..")
                    .toArray(String[]::new))
            .because("a new root package is a new module, which needs its place in the layers below");

    @ArchTest
    static final ArchRule everyModuleIsChecked = classes()
            .should(comeFromEveryModule())
            .because("a module missing from the test's classpath would pass every rule without being checked");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("catalog").definedBy("ng.korrect.catalog..")
            .layer("embedded").definedBy("ng.korrect.embedded..")
            .layer("bus").definedBy("ng.korrect.bus..")
            .layer("kit").definedBy("ng.korrect.service..")
            .layer("services").definedBy(servicePackages())
            .layer("app").definedBy("ng.korrect.app..")
            .layer("cli").definedBy("ng.korrect.cli..")
            .layer("bench").definedBy("ng.korrect.bench..")
            .whereLayer("catalog").mayNotAccessAnyLayer()
            .whereLayer("embedded").mayNotAccessAnyLayer()
            .whereLayer("bus").mayOnlyAccessLayers("catalog")
            .whereLayer("kit").mayOnlyAccessLayers("catalog", "bus", "embedded")
            .whereLayer("services").mayOnlyAccessLayers("catalog", "bus", "kit")
            .whereLayer("app").mayOnlyAccessLayers("catalog", "embedded", "bus", "kit", "services")
            .whereLayer("cli").mayOnlyAccessLayers("catalog", "bus")
            .whereLayer("bench").mayOnlyAccessLayers("catalog", "embedded", "bus")
            .because("each module builds on the ones below it alone: the catalog is the contract every other "
                    + "system shares, the bus carries it, the kit is what the services share, and only the app "
                    + "puts the services together");

    @ArchTest
    static final ArchRule noServiceUsesAnother = slices().assignedFrom(theServices())
            .should().notDependOnEachOther()
            .because("the services talk through events on the bus alone, so that each can be deployed, changed "
                    + "and replaced (by its Node.js twin too) on its own");

    @ArchTest
    static final ArchRule internalsStayInTheirModule = classes()
            .should(useNoInternalOfAnotherModule())
            .because("an internal package may change with its module; other modules use the module's API");

    /**
     * Two services are left out, as their concepts still use each other both ways: in users, account and
     * verification; in artisan, account, figures, profile, review and verification.
     */
    private static final List<String> MODULES_WITH_CYCLES = List.of("users", "artisan");

    @ArchTest
    static final ArchRule noCyclesBetweenTheSubpackagesOfAModule = slices().assignedFrom(subpackagesOfModules())
            .should().beFreeOfCycles()
            .because("a module's packages build on each other in one direction, so that each can be read, "
                    + "tested and changed without those that use it");

    @ArchTest
    static final ArchRule routesLeaveTheWorkToUseCases = noClasses()
            .that(areRoutesOfAService())
            .should().callCodeUnitWhere(workOfAUseCase())
            .because("a route reads and checks the request, calls one use case and answers; the use case runs the "
                    + "transaction, so that the checks of who may act, the writes and the events of one thing a caller "
                    + "does commit together, in one place, apart from HTTP");

    private static String[] servicePackages() {
        return SERVICES.stream().map(service -> "ng.korrect." + service + "..").toArray(String[]::new);
    }

    /** The services' {@code *Routes} classes, and the classes nested in them. */
    private static DescribedPredicate<JavaClass> areRoutesOfAService() {
        return DescribedPredicate.describe("are *Routes classes of the services, or nested in one",
                javaClass -> moduleOf(javaClass).filter(SERVICES::contains).isPresent() && isOrIsInRoutes(javaClass));
    }

    private static boolean isOrIsInRoutes(JavaClass javaClass) {
        return javaClass.getSimpleName().endsWith("Routes")
                || javaClass.getEnclosingClass().map(ArchitectureTest::isOrIsInRoutes).orElse(false);
    }

    /** A call that opens a transaction or a connection, or reaches the SQL of a repository. */
    private static DescribedPredicate<JavaCall<?>> workOfAUseCase() {
        return DescribedPredicate.describe("the target is Transactions, DataSource.getConnection or a *Repository",
                call -> {
                    JavaClass owner = call.getTargetOwner();
                    return owner.isEquivalentTo(Transactions.class)
                            || owner.isAssignableTo(DataSource.class) && call.getName().equals("getConnection")
                            || owner.getSimpleName().endsWith("Repository");
                });
    }

    /** The module of a class: the package below {@code ng.korrect} it lives in. */
    private static Optional<String> moduleOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        if (parts.length < 3 || !parts[0].equals("ng") || !parts[1].equals("korrect")) {
            return Optional.empty();
        }
        return Optional.of(parts[2]);
    }

    private static boolean isInternal(JavaClass javaClass) {
        return ("." + javaClass.getPackageName() + ".").contains(".internal.");
    }

    private static SliceAssignment theServices() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return moduleOf(javaClass).filter(SERVICES::contains)
                        .map(SliceIdentifier::of)
                        .orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "the services " + String.join(", ", SERVICES);
            }
        };
    }

    /** The packages right below each module's root, with their subpackages; none of {@link #MODULES_WITH_CYCLES}. */
    private static SliceAssignment subpackagesOfModules() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String[] parts = javaClass.getPackageName().split("\\.");
                if (parts.length < 4 || MODULES_WITH_CYCLES.contains(parts[2])) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(parts[2] + "." + parts[3]);
            }

            @Override
            public String getDescription() {
                return "the subpackages of each module but " + String.join(" and ", MODULES_WITH_CYCLES);
            }
        };
    }

    private static ArchCondition<JavaClass> useNoInternalOfAnotherModule() {
        return new ArchCondition<>("use no internal class of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> module = moduleOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> targetModule = moduleOf(target);
                    if (isInternal(target) && targetModule.isPresent() && !targetModule.equals(module)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> comeFromEveryModule() {
        return new ArchCondition<>("come from every module") {
            private final Set<String> seen = new TreeSet<>();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                seen.clear();
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                moduleOf(javaClass).ifPresent(seen::add);
            }

            @Override
            public void finish(ConditionEvents events) {
                for (String module : MODULES) {
                    if (!seen.contains(module)) {
                        events.add(SimpleConditionEvent.violated(module, "no class of ng.korrect." + module
                                + " was imported"));
                    }
                }
            }
        };
    }

    /**
     * Our production classes alone: the build's class folders and the modules' jars, not their test jars (which
     * {@link ImportOption.DoNotIncludeTests} does not recognise) nor anything else on the classpath.
     */
    static final class OnlyOurModules implements ImportOption {

        private static final Pattern CLASS_FOLDER = Pattern.compile(".*/target/classes/.*");
        private static final Pattern MODULE_JAR = Pattern.compile(".*/korrect-[a-z-]+-[^/]+(?<!-tests)\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return location.matches(CLASS_FOLDER) || location.matches(MODULE_JAR);
        }
    }
}
