package io.github.jimagekit.cli;

import io.github.jimagekit.servlet.WebAppInputs;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The application on the command's own class path, when no {@code --webapp} is given: no
 * context parameters, no {@code WEB-INF/}, and the class loader that holds its libraries and
 * its {@code imagekit.properties}.
 *
 * @param classLoader the class loader
 */
record ClassPathApp(ClassLoader classLoader) implements WebAppInputs {

    @Override
    public Map<String, String> initParameters() {
        return Map.of();
    }

    @Override
    public Optional<InputStream> openResource(String path) {
        return Optional.empty();
    }
}
