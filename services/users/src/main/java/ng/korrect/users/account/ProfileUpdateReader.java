package ng.korrect.users.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import ng.korrect.service.ApiException;
import ng.korrect.service.RequestBody;

/**
 * Reads the body of {@code PATCH /api/v1/account/me}: {@code firstName}, {@code lastName} (not blank,
 * at most {@value #MAX_NAME_LENGTH} characters) and {@code phone} (a phone number, or null to remove
 * it), each optional. Any other field is refused by name, the email, role and password in particular,
 * which cannot be changed here. One 400 names every bad field.
 */
public final class ProfileUpdateReader {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 100;
    private static final Set<String> EDITABLE = Set.of(Profile.FIRST_NAME, Profile.LAST_NAME, Profile.PHONE);
    private static final Set<String> FIXED = Set.of("email", "role", "password");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileUpdateReader() {
    }

    /** The update the body asks for; a 400 when the body or a field is bad. */
    public static ProfileUpdate read(String text) {
        RequestBody body = RequestBody.parse(text);
        JsonNode root = tree(text);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!EDITABLE.contains(name)) {
                body.check(name, false, FIXED.contains(name) ? "cannot be changed" : "is not a field of the profile");
            }
        }
        Optional<String> firstName = given(root, Profile.FIRST_NAME)
                ? Optional.ofNullable(body.requiredLine(Profile.FIRST_NAME, MAX_NAME_LENGTH)) : Optional.empty();
        Optional<String> lastName = given(root, Profile.LAST_NAME)
                ? Optional.ofNullable(body.requiredLine(Profile.LAST_NAME, MAX_NAME_LENGTH)) : Optional.empty();
        Optional<Optional<String>> phone = phone(root, body);
        body.validate();
        return new ProfileUpdate(firstName, lastName, phone);
    }

    private static Optional<Optional<String>> phone(JsonNode root, RequestBody body) {
        if (!given(root, Profile.PHONE)) {
            return Optional.empty();
        }
        if (root.get(Profile.PHONE).isNull()) {
            return Optional.of(Optional.empty());
        }
        String typed = body.requiredText(Profile.PHONE, PhoneNumber.MAX_TYPED_LENGTH);
        Optional<String> normal = typed == null ? Optional.empty() : PhoneNumber.normalize(typed);
        if (typed != null && normal.isEmpty()) {
            body.check(Profile.PHONE, false, "must be a phone number of 7 to 15 digits, optionally starting with +");
        }
        return Optional.of(normal);
    }

    private static boolean given(JsonNode root, String field) {
        return root.has(field);
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw ApiException.badRequest("the request body is not valid JSON");
        }
    }
}
