package io.github.jimagekit.example;

import io.github.jimagekit.ImageKitCustomizer;
import io.github.jimagekit.config.SettingKeys;
import io.github.jimagekit.example.swapped.SwappedStorage;
import io.github.jimagekit.example.swapped.SwappedStorageCustomizer;
import io.github.jimagekit.example.swapped.SwappedStorageKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds, from the compiled test classes, a plug-in jar holding {@link SwappedStorage}, its
 * setting keys and (unless left out) the {@link SwappedStorageCustomizer}, listed in
 * {@code META-INF/services/io.github.jimagekit.ImageKitCustomizer}; and a copy of the built
 * {@code example.war} with that jar in {@code WEB-INF/lib}: what an administrator does to drop
 * a storage plug-in into a WAR.
 */
final class CustomizedWar {

    /** The plug-in jar's name in {@code WEB-INF/lib}. */
    static final String JAR = "WEB-INF/lib/swapped-storage.jar";

    private CustomizedWar() {
    }

    /**
     * Builds the WAR.
     *
     * @param war        the file to write
     * @param customizer whether the jar lists the customizer (without, only a class-name
     *     setting can use the storage)
     * @return {@code war}
     * @throws IOException when a file cannot be read or written
     */
    static Path build(Path war, boolean customizer) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(TomcatServer.war()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(JAR));
            writeJar(out, customizer);
            out.closeEntry();
        }
        return war;
    }

    private static void writeJar(OutputStream target, boolean customizer) throws IOException {
        ZipOutputStream jar = new ZipOutputStream(target);
        for (Class<?> c : List.of(SwappedStorage.class, SwappedStorageCustomizer.class,
                SwappedStorageKeys.class)) {
            String entry = c.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new ZipEntry(entry));
            try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(jar);
            }
            jar.closeEntry();
        }
        if (customizer) {
            service(jar, ImageKitCustomizer.class, SwappedStorageCustomizer.class);
        }
        service(jar, SettingKeys.class, SwappedStorageKeys.class);
        // ends the jar's entries without closing the WAR it is written into
        jar.finish();
    }

    private static void service(ZipOutputStream jar, Class<?> service, Class<?> provider)
            throws IOException {
        jar.putNextEntry(new ZipEntry("META-INF/services/" + service.getName()));
        jar.write((provider.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
