package io.github.jimagekit.bench.batch;

import io.github.jimagekit.spi.GeneratorLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an exploded web application whose only library is {@link PeerCorpusLibrary} and whose
 * sources are the peer corpus, for timing the real command on it:
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.github.jimagekit.bench.batch.PeerWebapp \
 *     /tmp/peer-webapp /work/shared/peer-bench/images
 * rm -rf /tmp/peer-out &amp;&amp; java -cp bench/target/benchmarks.jar \
 *     io.github.jimagekit.cli.GenerateImages --webapp /tmp/peer-webapp \
 *     -D imagekit.storage.root=/tmp/peer-out --threads 1
 * </pre>
 *
 * The library class itself comes from the benchmark jar (the parent class loader); the
 * webapp only lists it in {@code WEB-INF/classes/META-INF/services}.
 */
public final class PeerWebapp {

    private PeerWebapp() {
    }

    /**
     * Writes the webapp.
     *
     * @param args the webapp directory to write, then the directory of source photos
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path sources = Path.of(args[1]).toAbsolutePath();
        Path services = dir.resolve("WEB-INF/classes/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(GeneratorLibrary.class.getName()),
                PeerCorpusLibrary.class.getName() + "\n");
        Files.write(dir.resolve("WEB-INF/imagekit.properties"), List.of(
                "imagekit.source.root=" + sources,
                "imagekit.default.quality=85"));
        System.out.println("wrote " + dir + " (sources: " + sources + ")");
    }
}
