package ng.korrect.bus.internal;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.XAddArgs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Appends envelopes to one stream on the shared connection: one alone with a plain
 * {@code XADD <stream> MAXLEN ~ N * data <envelope>}, several with one {@code EVAL} of
 * {@link #APPEND_SCRIPT}, which runs that very {@code XADD} for each in turn. The script touches only
 * its one key, so it stays valid on a Redis Cluster, and the entries it writes are the same as those of
 * single {@code XADD}s.
 */
final class StreamAppender {

    /**
     * {@code KEYS[1]}: the stream; {@code ARGV[1]}: how many trimming arguments follow (like
     * {@code MAXLEN ~ 10000}, or {@code ACKED MAXLEN ~ 10000}); then the envelopes. Returns the entry ids.
     */
    static final String APPEND_SCRIPT = """
            local trimming = tonumber(ARGV[1])
            local command = {'XADD', KEYS[1]}
            for i = 2, trimming + 1 do command[#command + 1] = ARGV[i] end
            command[#command + 1] = '*'
            command[#command + 1] = 'data'
            local data = #command + 1
            local ids = {}
            for i = trimming + 2, #ARGV do
              command[data] = ARGV[i]
              ids[#ids + 1] = redis.call(unpack(command))
            end
            return ids
            """;

    private final RedisConnections connections;
    private final String stream;
    private final XAddArgs trimming;
    private final byte[][] scriptTrimming;

    StreamAppender(RedisConnections connections, String stream, long maxLength, boolean trimAckedOnly) {
        this.connections = connections;
        this.stream = stream;
        this.trimming = RedisEventPublisher.trimming(maxLength, trimAckedOnly);
        List<String> words = new ArrayList<>();
        if (trimAckedOnly) {
            words.add("ACKED");
        }
        words.addAll(List.of("MAXLEN", "~", Long.toString(maxLength)));
        scriptTrimming = new byte[words.size() + 1][];
        scriptTrimming[0] = ascii(Integer.toString(words.size()));
        for (int i = 0; i < words.size(); i++) {
            scriptTrimming[i + 1] = ascii(words.get(i));
        }
    }

    /** Appends the envelopes in order; the reply holds their entry ids in the same order. */
    CompletionStage<List<String>> append(List<byte[]> envelopes) {
        if (envelopes.size() == 1) {
            return connections.shared().async()
                    .xadd(stream, trimming, Map.of(RedisEventPublisher.DATA_FIELD, envelopes.get(0)))
                    .thenApply(List::of);
        }
        byte[][] arguments = new byte[scriptTrimming.length + envelopes.size()][];
        System.arraycopy(scriptTrimming, 0, arguments, 0, scriptTrimming.length);
        for (int i = 0; i < envelopes.size(); i++) {
            arguments[scriptTrimming.length + i] = envelopes.get(i);
        }
        CompletionStage<List<Object>> reply = connections.shared().async()
                .eval(APPEND_SCRIPT, ScriptOutputType.MULTI, new String[] {stream}, arguments);
        return reply.thenApply(StreamAppender::entryIds);
    }

    private static List<String> entryIds(List<Object> reply) {
        List<String> ids = new ArrayList<>(reply.size());
        for (Object id : reply) {
            ids.add(id instanceof byte[] bytes ? new String(bytes, StandardCharsets.US_ASCII) : String.valueOf(id));
        }
        return ids;
    }

    static CompletableFuture<List<String>> failed(Throwable failure) {
        return CompletableFuture.failedFuture(failure);
    }

    private static byte[] ascii(String word) {
        return word.getBytes(StandardCharsets.US_ASCII);
    }
}
