package io.github.jimagekit.cli;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a run reads from outside its command line: the JVM's system properties and the
 * environment variables. Tests pass their own.
 *
 * @param systemProperties the system properties
 * @param variables        the environment variables
 */
record Environment(Map<String, String> systemProperties, Map<String, String> variables) {

    /**
     * Copies both maps.
     *
     * @param systemProperties the system properties
     * @param variables        the environment variables
     */
    Environment {
        systemProperties = Map.copyOf(systemProperties);
        variables = Map.copyOf(variables);
    }

    /**
     * Returns this JVM's.
     *
     * @return the current system properties and environment
     */
    static Environment current() {
        Properties p = System.getProperties();
        Map<String, String> properties = new TreeMap<>();
        p.stringPropertyNames().forEach(n -> properties.put(n, p.getProperty(n)));
        return new Environment(properties, System.getenv());
    }
}
