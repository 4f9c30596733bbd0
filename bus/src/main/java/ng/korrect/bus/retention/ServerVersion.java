package ng.korrect.bus.retention;

/**
 * A Redis server version, read from {@code INFO server}, and what it allows: trimming with
 * {@code ACKED} (8.2 and newer) keeps entries that a group has not acknowledged.
 *
 * @param major the major version
 * @param minor the minor version
 */
public record ServerVersion(int major, int minor) {

    /** The version in an {@code INFO server} reply (its {@code redis_version:} line); 0.0 when absent. */
    public static ServerVersion fromInfo(String info) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("redis_version:")) {
                String[] parts = line.substring("redis_version:".length()).trim().split("\\.");
                try {
                    return new ServerVersion(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
                } catch (NumberFormatException e) {
                    return new ServerVersion(0, 0);
                }
            }
        }
        return new ServerVersion(0, 0);
    }

    /** Whether {@code XADD ... ACKED} trimming is available. */
    public boolean trimsAckedOnly() {
        return major > 8 || (major == 8 && minor >= 2);
    }

    /** Whether {@code XINFO} reports lag and entries read. */
    public boolean reportsLag() {
        return major >= 7;
    }
}
