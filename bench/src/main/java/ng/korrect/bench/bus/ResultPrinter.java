package ng.korrect.bench.bus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints results as JSON lines on stdout, each with the facts of the run beside it: the machine, the
 * Redis version, whether it was a quick run.
 */
final class ResultPrinter {

    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintStream out;
    private final Map<String, Object> machine;
    private final String redisVersion;
    private final String mode;

    ResultPrinter(PrintStream out, Map<String, Object> machine, String redisVersion, boolean quick) {
        this.out = out;
        this.machine = machine;
        this.redisVersion = redisVersion;
        this.mode = quick ? "quick" : "full";
    }

    void print(Result result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", result.name());
        line.put("value", rounded(result.value()));
        line.put("unit", result.unit());
        line.put("run", mode);
        line.put("redis_version", redisVersion);
        line.put("machine", machine);
        line.put("details", result.details());
        try {
            out.println(mapper.writeValueAsString(line));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole numbers above 100, three decimals below: enough for events/s, ratios and milliseconds. */
    static Double rounded(Double value) {
        if (value == null || value.isNaN()) {
            return null;
        }
        return Math.abs(value) >= 100 ? Math.rint(value) : Math.rint(value * 1000) / 1000;
    }
}
