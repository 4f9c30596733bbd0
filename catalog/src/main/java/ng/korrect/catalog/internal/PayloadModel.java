package ng.korrect.catalog.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.WireValue;

/**
 * What the codec knows of one payload record: its fields in catalog order (derived once, by
 * reflection, from the record's components and their constraint annotations), and fast handles to
 * read a field and to build the record.
 */
public final class PayloadModel {

    private static final PayloadModel[] MODELS = buildAll();

    private final List<PayloadField> fields;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;
    private final byte[][] quotedNames;
    private final Map<String, Integer> indexByName;
    private final List<Map<String, WireValue>> choicesByField;

    private PayloadModel(Class<? extends EventPayload> recordType) throws ReflectiveOperationException {
        RecordComponent[] components = recordType.getRecordComponents();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        fields = new ArrayList<>(components.length);
        accessors = new MethodHandle[components.length];
        quotedNames = new byte[components.length][];
        indexByName = new HashMap<>();
        choicesByField = new ArrayList<>(components.length);
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            PayloadField field = FieldDerivation.derive(component);
            fields.add(field);
            accessors[i] = lookup.unreflect(component.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class));
            quotedNames[i] = ("\"" + field.name() + "\":").getBytes(StandardCharsets.UTF_8);
            indexByName.put(field.name(), i);
            choicesByField.add(choicesOf(component));
            parameterTypes[i] = component.getType();
        }
        constructor = lookup.findConstructor(recordType, MethodType.methodType(void.class, parameterTypes))
                .asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    /** The model of that event type's payload. */
    public static PayloadModel of(EventType type) {
        return MODELS[type.ordinal()];
    }

    /** The payload's fields in catalog order. */
    public List<PayloadField> fields() {
        return fields;
    }

    int size() {
        return accessors.length;
    }

    /** The position of the field of that JSON name, or -1. */
    int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    byte[] quotedName(int index) {
        return quotedNames[index];
    }

    /** The closed-set member of that wire name for a {@code CHOICE} field, or null. */
    WireValue choice(int index, String wireName) {
        return choicesByField.get(index).get(wireName);
    }

    /** The field's value as the record holds it ({@link Optional} for optional fields). */
    Object get(EventPayload payload, int index) {
        try {
            return (Object) accessors[index].invokeExact((Object) payload);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + fields.get(index).name(), e);
        }
    }

    /** The record built from values in field order, optional ones wrapped in {@link Optional}. */
    EventPayload construct(Object[] values) {
        try {
            return (EventPayload) (Object) constructor.invokeExact(values);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot build a payload", e);
        }
    }

    private static Map<String, WireValue> choicesOf(RecordComponent component) {
        Class<?> type = component.getType();
        if (!type.isEnum() || !WireValue.class.isAssignableFrom(type)) {
            return Map.of();
        }
        Map<String, WireValue> byWireName = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            WireValue value = (WireValue) constant;
            byWireName.put(value.wireName(), value);
        }
        return byWireName;
    }

    static Type optionalElement(RecordComponent component) {
        if (component.getType() == Optional.class
                && component.getGenericType() instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        return null;
    }

    private static PayloadModel[] buildAll() {
        EventType[] types = EventType.values();
        PayloadModel[] models = new PayloadModel[types.length];
        for (EventType type : types) {
            try {
                models[type.ordinal()] = new PayloadModel(type.payloadType());
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
        return models;
    }
}
