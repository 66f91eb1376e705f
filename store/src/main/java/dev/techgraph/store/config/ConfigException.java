package dev.techgraph.store.config;

/** A setting has a value TechGraph cannot use; the message names the variable, the value and what to do. */
public final class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }

    static ConfigException badValue(Variable variable, String value, String problem) {
        String fallback = variable.fallback() == null ? "" : " for the default " + variable.fallback();
        return new ConfigException(variable.name() + "='" + value + "' " + problem + ": change it, or unset it"
                + fallback);
    }
}
