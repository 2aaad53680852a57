package io.github.jimagekit.cli;

import io.github.jimagekit.testing.GalleryLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** An exploded test webapp listing the {@link GalleryLibrary}, and a WAR. */
final class TestWebApp {

    private TestWebApp() {
    }

    /** Makes {@code dir} an exploded webapp whose one library is the {@link GalleryLibrary}. */
    static void explode(Path dir) throws IOException {
        Path services = dir.resolve("WEB-INF/classes/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("io.github.jimagekit.spi.GeneratorLibrary"),
                GalleryLibrary.class.getName() + "\n");
        Files.createDirectories(dir.resolve("WEB-INF/lib"));
    }

    /** Zips an exploded webapp into a WAR file. */
    static Path war(Path dir, Path war) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war));
                Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        return war;
    }
}
