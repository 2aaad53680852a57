package io.github.jimagekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GenerateImagesTest {

    record Result(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @TempDir
    Path root;

    @TempDir
    Path webapp;

    @BeforeEach
    void app() throws IOException {
        BatchFixture.photos(root, 4);
        Path services = webapp.resolve("WEB-INF/classes/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("io.github.jimagekit.spi.GeneratorLibrary"),
                GalleryLibrary.class.getName() + "\n");
        Files.createDirectories(webapp.resolve("WEB-INF/lib"));
        properties("imagekit.storage.root=" + root, "imagekit.cache.backend=memory");
    }

    private void properties(String... lines) throws IOException {
        Files.write(webapp.resolve("WEB-INF/imagekit.properties"), List.of(lines));
    }

    private static Result run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateImages.run(args, print(out), print(err), terminal);
        return new Result(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(OutputStream o) {
        return new PrintStream(o, true, StandardCharsets.UTF_8);
    }

    private Result run(String... args) {
        String[] all = Stream.concat(Stream.of("--webapp", webapp.toString()), Stream.of(args))
                .toArray(String[]::new);
        return run(false, all);
    }

    @Test
    void run_webappDirectory_generatesWithOnePlainLinePerFile() throws IOException {
        Result r = run("--threads", "2");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).startsWith("generating gallery:card over"
                + " SourceGroup.glob(photos/*.png)", "generating imagekit:thumbnail"
                + " {anchor=c, height=8, width=8} over SourceGroup.glob(photos/*.png)");
        assertThat(r.lines()).filteredOn(l -> l.startsWith("generated      ")).hasSize(8)
                .anySatisfy(l -> assertThat(l).matches("generated      gallery:card"
                        + " photos/p0\\d\\.png -> CACHE/images/photos/p0\\d/[0-9a-f]{32}\\.png"));
        assertThat(r.lines()).last().asString().matches("done: 8 files in \\d+\\.\\d s:"
                + " 8 generated \\(\\d+\\.\\d img/s\\), 0 already there, 0 missing source,"
                + " 0 failed");
        assertThat(r.out()).doesNotContain("\r");
        assertThat(BatchFixture.cacheFiles(root)).hasSize(8);
    }

    @Test
    void run_rerun_listsNothingUnlessVerbose() {
        run();

        Result quiet = run();
        Result verbose = run("--verbose", "gallery:card");

        assertThat(quiet.status()).isZero();
        assertThat(quiet.lines()).hasSize(3).last().asString()
                .endsWith(": 0 generated, 8 already there, 0 missing source, 0 failed");
        assertThat(verbose.lines()).filteredOn(l -> l.startsWith("already there  gallery:card"))
                .hasSize(4);
    }

    @Test
    void run_brokenSource_exitsOneListingTheFailure() throws IOException {
        Files.write(root.resolve("photos/broken.png"), "text".getBytes(StandardCharsets.UTF_8));

        Result r = run("gallery:card");

        assertThat(r.status()).isEqualTo(1);
        String error = "spec \"gallery:card\": source \"photos/broken.png\" is not an image in"
                + " a supported format";
        assertThat(r.lines()).contains("FAILED         gallery:card photos/broken.png: " + error,
                "failed:", "  gallery:card photos/broken.png: " + error);
        assertThat(r.out()).doesNotContain(root.toString());
    }

    @Test
    void run_failFast_exitsOneAndSaysItStopped() throws IOException {
        Files.write(root.resolve("photos/broken.png"), "text".getBytes(StandardCharsets.UTF_8));

        Result r = run("--fail-fast", "--threads=1");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).contains("stopped at the first failure (--fail-fast)");
    }

    @Test
    void run_dryRun_listsAndGeneratesNothing() throws IOException {
        Result r = run("--dry-run", "gallery");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).filteredOn(l -> l.startsWith("would generate gallery:card"))
                .hasSize(4);
        assertThat(r.lines()).last().asString().startsWith("dry run: 4 files in")
                .contains("4 would be generated");
        assertThat(BatchFixture.cacheFiles(root)).isEmpty();
    }

    @Test
    void run_force_regenerates() {
        run();

        Result r = run("--force");

        assertThat(r.lines()).last().asString().contains(": 8 generated");
    }

    @Test
    void run_onATerminal_drawsAProgressBarThenTheSummary() {
        Result r = run(true, "--webapp", webapp.toString(), "--threads", "1");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\r[").contains("100% 8/8").contains(" img/s")
                .doesNotContain("generated      ");
        assertThat(r.lines()).last().asString().startsWith("done: 8 files");
    }

    @Test
    void run_warFile_isUnpackedAndRemoved() throws IOException {
        Path war = root.resolve("app.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war));
                Stream<Path> files = Files.walk(webapp)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(webapp.relativize(p).toString()));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        long before = unpackedWebapps();

        Result r = run(false, "--webapp=" + war, "gallery");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).last().asString().contains("4 generated");
        assertThat(unpackedWebapps()).isEqualTo(before);
    }

    @Test
    void run_settings_laterSourcesWin_andAMissingRootIsAUsageError() throws IOException {
        Files.writeString(webapp.resolve("WEB-INF/web.xml"), """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <context-param><param-name>imagekit.cachefile.dir</param-name>
                    <param-value>THUMBS</param-value></context-param>
                  <context-param><param-name>imagekit.cache.backend</param-name>
                    <param-value>none</param-value></context-param>
                  <context-param><param-name>other.param</param-name>
                    <param-value>ignored</param-value></context-param>
                </web-app>
                """);
        properties("imagekit.cache.backend=memory");

        Result missing = run();
        Path config = root.resolve("batch.properties");
        Files.writeString(config, "imagekit.storage.root=" + root.resolve("elsewhere") + "\n");
        Result ok = run("--config", config.toString(), "-D", "imagekit.storage.root=" + root,
                "-Dimagekit.default.quality=70", "gallery:card");

        assertThat(missing.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(missing.err()).contains("\"imagekit.storage.root\" is not set")
                .contains("settings can be given with -D key=value");
        assertThat(ok.status()).isZero();
        assertThat(BatchFixture.cacheFiles(root)).isEmpty();
        try (Stream<Path> thumbs = Files.walk(root.resolve("THUMBS/photos"))) {
            assertThat(thumbs.filter(Files::isRegularFile)).hasSize(4);
        }
    }

    @Test
    void run_list_printsGeneratorsAndTheirGroups() throws IOException {
        Result r = run("--list");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly(
                "gallery:card over SourceGroup.glob(photos/*.png)",
                "gallery:unused  (no source group)",
                "imagekit:thumbnail {anchor=c, height=8, width=8} over"
                        + " SourceGroup.glob(photos/*.png)",
                "tests:discovered  (no source group)");
        assertThat(BatchFixture.cacheFiles(root)).isEmpty();
    }

    @Test
    void run_classpathOnly_findsTheTestLibraries() {
        Result r = run(false, "--list", "-D", "imagekit.storage.root=" + root, "tests");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("tests:discovered  (no source group)");
    }

    @Test
    void run_usageErrors_exitTwoWithAMessage() {
        assertThat(run(false, "--frobnicate")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("unknown option \"--frobnicate\"")
                    .contains("--help");
        });
        assertThat(run(false, "--threads", "0").err())
                .contains("--threads must be a whole number of at least 1, was \"0\"");
        assertThat(run(false, "--threads").err()).contains("option --threads needs a value");
        assertThat(run(false, "--force=yes").err()).contains("takes no value");
        assertThat(run(false, "-D", "storage.root=x").err())
                .contains("settings start with \"imagekit.\"");
        assertThat(run(false, "-Dimagekit.nope=1").err())
                .contains("unknown setting \"imagekit.nope\"");
        assertThat(run(false, "--webapp", root.resolve("nope.war").toString()).status())
                .isEqualTo(2);
        assertThat(run(false, "--webapp", root.toString()).err())
                .contains("has no WEB-INF directory");
        Result noMatch = run("galery");
        assertThat(noMatch.status()).isEqualTo(2);
        assertThat(noMatch.err()).contains("pattern \"galery\" matches no registered generator");
    }

    @Test
    void run_help_printsUsage() {
        Result r = run(false, "-h");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("usage: generateimages [options] [pattern ...]")
                .contains("--dry-run").contains("--webapp PATH").contains("exit status");
    }

    private static long unpackedWebapps() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("imagekit-webapp-"))
                    .count();
        }
    }
}
