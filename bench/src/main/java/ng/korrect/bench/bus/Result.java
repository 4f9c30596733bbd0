package ng.korrect.bench.bus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One figure of a run, printed as one JSON line.
 *
 * @param name what was measured, like {@code publish_eps}
 * @param value the figure, or null when it could not be measured
 * @param unit its unit, like {@code events/s}
 * @param details how it was measured (sizes, settings, single rounds), in insertion order
 */
record Result(String name, Double value, String unit, Map<String, Object> details) {

    static Result of(String name, double value, String unit, Map<String, Object> details) {
        return new Result(name, value, unit, new LinkedHashMap<>(details));
    }

    static Result missing(String name, String unit, String why) {
        return new Result(name, null, unit, Map.of("error", why));
    }
}
