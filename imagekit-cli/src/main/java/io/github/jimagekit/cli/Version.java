package io.github.jimagekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code generateimages --version} prints: the project version the jar was built from. */
final class Version implements IVersionProvider {

    /** The resource, written by the build, that holds the version. */
    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"generateimages (jimagekit) " + version()};
    }

    /**
     * Returns the project version.
     *
     * @return the version, such as {@code 0.1.0}
     * @throws IllegalStateException when the build did not write it
     */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource \"" + RESOURCE + "\" is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
