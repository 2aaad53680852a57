package io.github.jimagekit.servlet;

import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A running web application as {@link WebAppSettings} reads it. */
final class ServletContextInputs implements WebAppInputs {

    private final ServletContext context;

    /**
     * Wraps a servlet context.
     *
     * @param context the starting web application
     */
    ServletContextInputs(ServletContext context) {
        this.context = context;
    }

    @Override
    public Map<String, String> initParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : Collections.list(context.getInitParameterNames())) {
            parameters.put(name, context.getInitParameter(name));
        }
        return parameters;
    }

    @Override
    public Optional<InputStream> openResource(String path) {
        return Optional.ofNullable(context.getResourceAsStream(path));
    }

    @Override
    public ClassLoader classLoader() {
        return ClassLoaders.of(context);
    }
}
