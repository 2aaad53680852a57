package io.github.jimagekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.GalleryFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command run in this JVM, asserting its output lines and exit status. */
final class GenerateImagesTest {

    record Result(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @TempDir
    Path root;

    @TempDir
    Path webapp;

    @BeforeEach
    void app() throws IOException {
        GalleryFiles.photos(root, 4);
        TestWebApp.explode(webapp);
        properties("imagekit.storage.root=" + root, "imagekit.cache.backend=memory");
    }

    private void properties(String... lines) throws IOException {
        Files.write(webapp.resolve("WEB-INF/imagekit.properties"), List.of(lines));
    }

    /** Runs the command with no {@code imagekit.*} system property nor environment variable. */
    static Result run(boolean terminal, String... args) {
        return run(new Environment(Map.of(), Map.of()), terminal, args);
    }

    static Result run(Environment environment, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateImages.run(args, print(out), print(err), terminal, environment);
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
        assertThat(GalleryFiles.cacheFiles(root)).hasSize(8);
    }

    @Test
    void run_rerun_listsNothingUnlessVerbose() {
        run();

        Result quiet = run();
        Result verbose = run("--verbose", "gallery:card");
        Result shortVerbose = run("gallery:card", "-v");

        assertThat(quiet.status()).isZero();
        assertThat(quiet.lines()).hasSize(3).last().asString()
                .endsWith(": 0 generated, 8 already there, 0 missing source, 0 failed");
        assertThat(verbose.lines()).filteredOn(l -> l.startsWith("already there  gallery:card"))
                .hasSize(4);
        assertThat(shortVerbose.lines())
                .filteredOn(l -> l.startsWith("already there  gallery:card")).hasSize(4);
    }

    @Test
    void run_brokenSource_exitsOneListingTheFailure() throws IOException {
        Files.write(root.resolve("photos/broken.png"), "text".getBytes(StandardCharsets.UTF_8));

        Result r = run("gallery:card");

        assertThat(r.status()).isEqualTo(GenerateImages.FAILED);
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

        assertThat(r.status()).isEqualTo(GenerateImages.FAILED);
        assertThat(r.lines()).contains("stopped at the first failure (--fail-fast)");
    }

    @Test
    void run_dryRun_listsAndGeneratesNothing() throws IOException {
        Result r = run("gallery", "--dry-run");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).filteredOn(l -> l.startsWith("would generate gallery:card"))
                .hasSize(4);
        assertThat(r.lines()).last().asString().startsWith("dry run: 4 files in")
                .contains("4 would be generated");
        assertThat(GalleryFiles.cacheFiles(root)).isEmpty();
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
    void run_interrupted_exits130AndSaysHowToResume() {
        Thread.currentThread().interrupt();
        Result r;
        try {
            r = run("--threads", "1");
        } finally {
            Thread.interrupted();
        }

        assertThat(r.status()).isEqualTo(GenerateImages.INTERRUPTED);
        assertThat(r.lines()).contains("interrupted: rerun to generate the rest");
    }

    @Test
    void run_warFile_isUnpackedAndRemoved() throws IOException {
        Path war = TestWebApp.war(webapp, root.resolve("app.war"));
        long before = unpackedWebapps();

        Result r = run(false, "--webapp=" + war, "gallery");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).last().asString().contains("4 generated");
        assertThat(unpackedWebapps()).isEqualTo(before);
    }

    @Test
    void run_missingStorageRoot_isAUsageErrorWithAHint() throws IOException {
        properties("imagekit.cache.backend=memory");

        Result r = run();

        assertThat(r.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(r.errLines()).containsExactly("generateimages: setting"
                + " \"imagekit.storage.root\" is not set: say where images are stored",
                "settings can be given with -D key=value; an empty value turns one off, such as"
                        + " -D imagekit.cache.disk.dir=");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void run_settings_configFileAndDefinesApply() throws IOException {
        Path config = root.resolve("batch.properties");
        Files.writeString(config, "imagekit.storage.root=" + root.resolve("elsewhere") + "\n"
                + "imagekit.cachefile.dir=THUMBS\n");

        Result r = run("--config", config.toString(), "-D", "imagekit.storage.root=" + root,
                "-Dimagekit.default.quality=70", "gallery:card");

        assertThat(r.status()).isZero();
        assertThat(GalleryFiles.cacheFiles(root)).isEmpty();
        try (Stream<Path> thumbs = Files.walk(root.resolve("THUMBS/photos"))) {
            assertThat(thumbs.filter(Files::isRegularFile)).hasSize(4);
        }
        assertThat(Files.exists(root.resolve("elsewhere"))).isFalse();
    }

    @Test
    void run_settingsOfTheRunningApplication_environmentOverWebXmlOverWebInfFile()
            throws IOException {
        Files.writeString(webapp.resolve("WEB-INF/web.xml"), CommandSettingsTest.webXml(Map.of(
                "imagekit.cachefile.dir", "WEBXML", "imagekit.storage.root", "/nowhere")));
        Environment environment = new Environment(Map.of(),
                Map.of("IMAGEKIT_CACHEFILE_DIR", "FROM_ENV", "IMAGEKIT_STORAGE_ROOT",
                        root.toString()));

        Result r = run(environment, false, "--webapp", webapp.toString(), "gallery:card");

        assertThat(r.status()).isZero();
        try (Stream<Path> files = Files.walk(root.resolve("FROM_ENV/photos"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(4);
        }
        assertThat(root.resolve("WEBXML")).doesNotExist();
    }

    @Test
    void run_list_printsGeneratorsAndTheirGroups() throws IOException {
        Result r = run("--list", "gallery", "imagekit");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly(
                "gallery:card over SourceGroup.glob(photos/*.png)",
                "gallery:unused  (no source group)",
                "imagekit:thumbnail {anchor=c, height=8, width=8} over"
                        + " SourceGroup.glob(photos/*.png)");
        assertThat(GalleryFiles.cacheFiles(root)).isEmpty();
    }

    @Test
    void run_classPathOnly_findsTheClassPathLibraries() {
        Result r = run(false, "--list", "-D", "imagekit.storage.root=" + root, "cli");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("cli:classpath  (no source group)");
    }

    @Test
    void run_endOfOptions_takesTheRestAsPatterns() {
        Result r = run("--", "--force");

        assertThat(r.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(r.errLines()).first().asString().startsWith("generateimages: pattern"
                + " \"--force\" matches no registered generator");
    }

    @Test
    void run_unknownPattern_exitsTwoNamingIt() {
        Result r = run("galery");

        assertThat(r.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(r.err()).contains("pattern \"galery\" matches no registered generator");
    }

    @Test
    void run_badWebapp_exitsTwoNamingIt() {
        Result missing = run(false, "--webapp", root.resolve("nope.war").toString());
        Result notAWar = run(false, "--webapp", root.toString());

        assertThat(missing.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(missing.errLines()).containsExactly("generateimages: webapp \""
                + root.resolve("nope.war") + "\" does not exist");
        assertThat(notAWar.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(notAWar.errLines()).containsExactly("generateimages: webapp \"" + root
                + "\" has no WEB-INF directory: give a .war file or an exploded WAR directory");
    }

    private static long unpackedWebapps() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("imagekit-webapp-"))
                    .count();
        }
    }
}
