package ng.korrect.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.WireValue;

/** Writes a valid envelope in {@code JSON.stringify}'s form: catalog key order, optional members left out. */
final class EnvelopeWriter {

    private static final byte[] ID = bytes("{\"id\":");
    private static final byte[] TYPE = bytes(",\"type\":");
    private static final byte[] PAYLOAD = bytes(",\"payload\":");
    private static final byte[] TIMESTAMP = bytes(",\"timestamp\":");
    private static final byte[] SOURCE = bytes(",\"source\":");
    private static final byte[] CORRELATION_ID = bytes(",\"correlationId\":");
    private static final byte[] METADATA = bytes(",\"metadata\":");

    private EnvelopeWriter() {
    }

    static byte[] write(Event<?> event) {
        WireWriter out = new WireWriter(512);
        out.raw(ID).string(event.id().toString());
        out.raw(TYPE).string(event.type().wireName());
        out.raw(PAYLOAD);
        writePayload(out, event.payload());
        out.raw(TIMESTAMP).string(IsoInstants.format(event.timestamp()));
        out.raw(SOURCE).string(event.source());
        if (event.correlationId().isPresent()) {
            out.raw(CORRELATION_ID).string(event.correlationId().get());
        }
        if (event.metadata().isPresent()) {
            out.raw(METADATA).value(event.metadata().get());
        }
        return out.raw('}').toByteArray();
    }

    private static void writePayload(WireWriter out, EventPayload payload) {
        PayloadModel model = PayloadModel.of(payload.eventType());
        out.raw('{');
        boolean first = true;
        for (int i = 0; i < model.size(); i++) {
            Object value = model.get(payload, i);
            if (value instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                value = optional.get();
            }
            if (!first) {
                out.raw(',');
            }
            first = false;
            out.raw(model.quotedName(i));
            writeValue(out, model.fields().get(i), value);
        }
        out.raw('}');
    }

    private static void writeValue(WireWriter out, PayloadField field, Object value) {
        switch (field.kind()) {
            case STRING, IDENTIFIER, EMAIL -> out.string((String) value);
            case AMOUNT -> out.ascii(JsNumbers.format((java.math.BigDecimal) value));
            case INTEGER -> out.ascii(Integer.toString((Integer) value));
            case NUMBER -> out.ascii(JsNumbers.format((Double) value));
            case CHOICE -> out.string(((WireValue) value).wireName());
            case OBJECT -> out.value((JsonObject) value);
            case STRING_LIST -> {
                out.raw('[');
                boolean first = true;
                for (Object element : (java.util.List<?>) value) {
                    if (!first) {
                        out.raw(',');
                    }
                    first = false;
                    out.string((String) element);
                }
                out.raw(']');
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
