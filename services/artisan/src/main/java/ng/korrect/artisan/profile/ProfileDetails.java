package ng.korrect.artisan.profile;

import java.util.List;
import ng.korrect.service.RequestBody;

/**
 * What an artisan writes on their profile.
 *
 * @param displayName the name shown to customers, at most 100 characters
 * @param servicesOffered 1 to 20 distinct services, each at most 100 characters
 * @param location where the artisan works, at most 200 characters
 */
public record ProfileDetails(String displayName, List<String> servicesOffered, String location) {

    /** The details of a request body; 400 naming every bad field. */
    public static ProfileDetails read(String rawBody) {
        RequestBody body = RequestBody.parse(rawBody);
        String displayName = body.requiredLine("displayName", 100);
        List<String> services = body.requiredTextList("servicesOffered", 1, 20, 100, true);
        String location = body.requiredLine("location", 200);
        body.validate();
        return new ProfileDetails(displayName, services, location);
    }
}
