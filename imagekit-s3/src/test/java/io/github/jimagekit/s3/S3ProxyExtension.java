package io.github.jimagekit.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the one {@link S3ProxyServer} of the test run: started by the first test that
 * asks, stopped when the run ends (JUnit closes what the root store holds).
 */
final class S3ProxyExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == S3ProxyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(S3ProxyServer.class, k -> start(), S3ProxyServer.class);
    }

    private static S3ProxyServer start() {
        try {
            return S3ProxyServer.start(Path.of("target", "s3proxy"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
