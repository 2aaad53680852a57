package io.github.jimagekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImageIoPluginsTest {

    /** A reader plug-in that reads nothing: what a web application's jar would contribute. */
    public static final class NothingReaderSpi extends ImageReaderSpi {

        /** Creates the plug-in; ServiceLoader does this. */
        public NothingReaderSpi() {
            super("tests", "1", new String[] {"nothing"}, new String[] {"nothing"},
                    new String[] {"application/x-nothing"}, ImageReader.class.getName(),
                    new Class<?>[] {ImageInputStream.class}, null, false, null, null, null, null,
                    false, null, null, null, null);
        }

        @Override
        public boolean canDecodeInput(Object source) {
            return false;
        }

        @Override
        public ImageReader createReaderInstance(Object extension) {
            throw new UnsupportedOperationException("reads nothing");
        }

        @Override
        public String getDescription(Locale locale) {
            return "reads nothing";
        }
    }

    @TempDir
    Path jar;

    /** A class loader that defines NothingReaderSpi itself, as a web application's would. */
    private URLClassLoader webAppLoader() throws IOException {
        String file = NothingReaderSpi.class.getName().replace('.', '/') + ".class";
        try (InputStream in = ImageIoPluginsTest.class.getClassLoader().getResourceAsStream(file)) {
            Path target = jar.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
        Path services = jar.resolve("META-INF/services/" + ImageReaderSpi.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, NothingReaderSpi.class.getName() + "\n");
        return new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
    }

    private static List<ImageReaderSpi> nothingReaders() {
        List<ImageReaderSpi> found = new ArrayList<>();
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true)
                .forEachRemaining(p -> {
                    if (p.getClass().getName().equals(NothingReaderSpi.class.getName())) {
                        found.add(p);
                    }
                });
        return found;
    }

    @Test
    void registerThenDeregister_addsAndRemovesTheWebAppsPluginsOnly() throws IOException {
        int jdkReaders = countReaders();
        try (URLClassLoader loader = webAppLoader()) {
            ImageIoPlugins plugins = ImageIoPlugins.register(loader);

            assertThat(nothingReaders()).singleElement()
                    .satisfies(p -> assertThat(p.getClass().getClassLoader()).isSameAs(loader));

            assertThat(plugins.deregister()).isEqualTo(1);
            assertThat(nothingReaders()).isEmpty();
            assertThat(countReaders()).isEqualTo(jdkReaders);
        }
    }

    @Test
    void deregister_systemClassLoader_keepsTheJvmsPlugins() {
        int before = countReaders();

        assertThat(ImageIoPlugins.register(ClassLoader.getSystemClassLoader()).deregister())
                .isZero();
        assertThat(countReaders()).isEqualTo(before);
    }

    private static int countReaders() {
        int[] n = {0};
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true)
                .forEachRemaining(p -> n[0]++);
        return n[0];
    }
}
