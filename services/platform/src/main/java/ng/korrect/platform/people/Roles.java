package ng.korrect.platform.people;

import ng.korrect.catalog.payload.Role;

/** Reads a role from its wire name. */
final class Roles {

    private Roles() {
    }

    static Role of(String wireName) {
        for (Role role : Role.values()) {
            if (role.wireName().equals(wireName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no role " + wireName);
    }
}
