package ng.korrect.service;

/** A configuration value that cannot be used; the message names the environment variable. */
public final class ConfigException extends KitException {

    private final String variable;

    /** A bad value of that variable, with the reason. */
    public ConfigException(String variable, String reason) {
        super(variable + " " + reason);
        this.variable = variable;
    }

    /** The environment variable at fault. */
    public String variable() {
        return variable;
    }
}
