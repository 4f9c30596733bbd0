package ng.korrect.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonObject} keeps members in the order JavaScript's objects do, the order JSON.stringify writes. */
class JsonObjectTest {

    @Test
    void shouldPutArrayIndexKeysFirstInAscendingOrderLikeJavaScript() {
        // node: JSON.stringify({b: 1, 10: 2, 2: 3}) === '{"2":3,"10":2,"b":1}'
        JsonObject object = JsonObject.of(ordered("b", "10", "2"));

        assertThat(object.members().keySet()).containsExactly("2", "10", "b");
    }

    @Test
    void shouldKeepOtherKeysInInsertionOrder() {
        JsonObject object = JsonObject.of(ordered("zeta", "alpha", "Mid", "", "_"));

        assertThat(object.members().keySet()).containsExactly("zeta", "alpha", "Mid", "", "_");
    }

    @Test
    void shouldTreatOnlyCanonicalIntegersBelowTwoToTheThirtyTwoMinusOneAsIndices() {
        // node: JSON.stringify({b:1,"10":2,"2":3,"4294967294":4,"4294967295":5,"01":6,"-1":7,"1.5":8})
        //   === '{"2":3,"10":2,"4294967294":4,"b":1,"4294967295":5,"01":6,"-1":7,"1.5":8}'
        JsonObject object = JsonObject.of(ordered("b", "10", "2", "4294967294", "4294967295", "01", "-1", "1.5"));

        assertThat(object.members().keySet())
                .containsExactly("2", "10", "4294967294", "b", "4294967295", "01", "-1", "1.5");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "1", "9", "10", "123", "4294967294"})
    void shouldRecogniseArrayIndices(String key) {
        assertThat(JsonObject.isArrayIndex(key)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "-1", "-0", "01", "00", "1.5", "1e3", " 1", "1 ", "+1", "4294967295", "4294967296",
        "99999999999", "a1", "\u0661"})
    void shouldRecogniseOtherKeys(String key) {
        assertThat(JsonObject.isArrayIndex(key)).isFalse();
    }

    @Test
    void shouldOrderTheMembersOfAnUnorderedMapToo() {
        Map<String, JsonValue> members = new HashMap<>();
        for (int i = 20; i >= 0; i--) {
            members.put(Integer.toString(i * 7), JsonValue.of(i));
        }

        assertThat(JsonObject.of(members).members().keySet()).map(Integer::parseInt).isSorted().hasSize(21);
    }

    @Test
    void shouldBeImmutable() {
        Map<String, JsonValue> source = ordered("a");
        JsonObject object = JsonObject.of(source);
        source.put("b", JsonValue.of(true));

        assertThat(object.members()).containsOnlyKeys("a");
        assertThatThrownBy(() -> object.members().put("c", JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRejectNullNamesAndValues() {
        Map<String, JsonValue> nullValue = new LinkedHashMap<>();
        nullValue.put("a", null);
        Map<String, JsonValue> nullName = new LinkedHashMap<>();
        nullName.put(null, JsonValue.of(1));

        assertThatThrownBy(() -> JsonObject.of(nullValue)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonObject.of(nullName)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldFindMembersByName() {
        JsonObject object = JsonObject.of(ordered("a", "7"));

        assertThat(object.get("a")).contains(JsonValue.of(0));
        assertThat(object.get("7")).contains(JsonValue.of(1));
        assertThat(object.get("b")).isEmpty();
        assertThat(object.isEmpty()).isFalse();
        assertThat(JsonObject.empty().isEmpty()).isTrue();
    }

    /** A map of those keys in that insertion order, each to its position. */
    private static Map<String, JsonValue> ordered(String... keys) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            members.put(keys[i], JsonValue.of(i));
        }
        return members;
    }
}
