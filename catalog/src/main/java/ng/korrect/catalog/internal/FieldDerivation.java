package ng.korrect.catalog.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.FieldKind;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Describe;
import ng.korrect.catalog.constraint.Email;
import ng.korrect.catalog.constraint.Identifier;
import ng.korrect.catalog.constraint.Range;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.payload.WireValue;

/** Derives a {@link PayloadField} from a payload record's component: its Java type and its constraints. */
final class FieldDerivation {

    private FieldDerivation() {
    }

    static PayloadField derive(RecordComponent component) {
        Type optionalElement = PayloadModel.optionalElement(component);
        boolean required = optionalElement == null;
        Type javaType = required ? component.getGenericType() : optionalElement;
        Range range = component.getAnnotation(Range.class);
        Describe describe = component.getAnnotation(Describe.class);
        FieldKind kind = kindOf(component, javaType);
        return new PayloadField(
                component.getName(),
                kind,
                required,
                range == null ? Integer.MIN_VALUE : range.min(),
                range == null ? Integer.MAX_VALUE : range.max(),
                kind == FieldKind.CHOICE ? wireNames((Class<?>) javaType) : List.of(),
                Optional.ofNullable(describe).map(Describe::value));
    }

    private static FieldKind kindOf(RecordComponent component, Type javaType) {
        if (javaType == String.class) {
            if (component.isAnnotationPresent(Identifier.class)) {
                return FieldKind.IDENTIFIER;
            }
            return component.isAnnotationPresent(Email.class) ? FieldKind.EMAIL : FieldKind.STRING;
        }
        if (javaType == int.class) {
            return FieldKind.INTEGER;
        }
        if (javaType == double.class) {
            return FieldKind.NUMBER;
        }
        if (javaType == BigDecimal.class && component.isAnnotationPresent(Amount.class)) {
            return FieldKind.AMOUNT;
        }
        if (javaType == JsonObject.class) {
            return FieldKind.OBJECT;
        }
        if (javaType instanceof Class<?> type && type.isEnum() && WireValue.class.isAssignableFrom(type)) {
            return FieldKind.CHOICE;
        }
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == String.class) {
            return FieldKind.STRING_LIST;
        }
        throw new IllegalStateException("the catalog has no field kind for " + component
                + " of " + component.getDeclaringRecord().getSimpleName());
    }

    private static List<String> wireNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((WireValue) c).wireName()).toList();
    }
}
