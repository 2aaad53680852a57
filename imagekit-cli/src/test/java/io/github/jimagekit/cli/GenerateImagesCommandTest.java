package io.github.jimagekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cli.GenerateImagesTest.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: generated help, version, and every usage error's exact lines. */
final class GenerateImagesCommandTest {

    private static final String TRY_HELP = "try generateimages --help";

    private static Result run(String... args) {
        return GenerateImagesTest.run(false, args);
    }

    private static void assertUsageError(Result r, String message) {
        assertThat(r.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(r.errLines()).containsExactly("generateimages: " + message, TRY_HELP);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void run_help_listsEveryOptionAndTheExitStatuses() {
        Result r = run("-h");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).first().isEqualTo("usage: generateimages [options] [pattern ...]");
        assertThat(r.lines()).contains(
                "      --force         regenerate files that already exist",
                "      --dry-run       list what would be generated; generate nothing",
                "      --threads N     generate N images at a time (default: the number of cores)",
                "      --fail-fast     stop at the first failure",
                "      --webapp PATH   load the application from a WAR file or exploded WAR",
                "      --config FILE   read settings from an imagekit.properties file",
                "  -D  key=value       set a setting, e.g. -D imagekit.storage.root=/srv/media",
                "      --list          list the generators and their source groups; generate",
                "  -v, --verbose       also list the files that already exist",
                "  -h, --help          show this help",
                "  -V, --version       show the version");
        assertThat(r.out()).endsWith("""
                exit status:
                  0     nothing failed
                  1     a file failed
                  2     a usage or configuration error
                  130   interrupted
                """);
        assertThat(run("--help").out()).isEqualTo(r.out());
    }

    @Test
    void run_distributedWithTheSimpleBackend_exitsTwoNamingTheSetting(@TempDir Path root) {
        Result r = run("--distributed", "-D", "imagekit.cache.disk.dir=",
                "-D", "imagekit.storage.root=" + root);

        assertThat(r.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(r.errLines()).containsExactly("generateimages: --distributed needs a"
                        + " distributed backend, but"
                        + " imagekit.default.cachefile.backend gives CacheFileBackend.simple():"
                        + " set it to io.github.jimagekit.jobrunr.JobRunrBackend (module"
                        + " imagekit-jobrunr) with the imagekit.jobrunr.* settings");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void run_version_printsTheProjectVersion() {
        Result r = run("--version");

        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("generateimages (jimagekit) "
                + System.getProperty("project.version"));
        assertThat(run("-V").out()).isEqualTo(r.out());
    }

    @Test
    void run_mistypedOption_suggestsTheNearest() {
        assertUsageError(run("--forse"), "unknown option \"--forse\" (did you mean \"--force\"?)");
        assertUsageError(run("--dryrun", "gallery"),
                "unknown option \"--dryrun\" (did you mean \"--dry-run\"?)");
    }

    @Test
    void run_unknownOption_exitsTwoNamingIt() {
        assertUsageError(run("--frobnicate"), "unknown option \"--frobnicate\"");
        assertUsageError(run("gallery", "--frobnicate=3"), "unknown option \"--frobnicate=3\"");
    }

    @Test
    void run_badThreads_exitsTwoQuotingTheValue() {
        assertUsageError(run("--threads", "0"),
                "--threads must be a whole number of at least 1, was \"0\"");
        assertUsageError(run("--threads=many"),
                "--threads must be a whole number of at least 1, was \"many\"");
    }

    @Test
    void run_optionWithoutItsValue_exitsTwo() {
        assertUsageError(run("--threads"), "option --threads needs a value");
        assertUsageError(run("--webapp"), "option --webapp needs a value");
        assertUsageError(run("-D"), "option -D needs a value");
    }

    @Test
    void run_flagWithAValue_exitsTwo() {
        assertUsageError(run("--force=yes"), "option --force takes no value, was \"yes\"");
        assertUsageError(run("--verbose=1"), "option --verbose takes no value, was \"1\"");
    }

    @Test
    void run_badDefine_exitsTwo() {
        assertUsageError(run("-D", "storage.root=x"),
                "-D storage.root: settings start with \"imagekit.\"");
        assertUsageError(run("-Dimagekit.storage.root"),
                "-D needs key=value, was \"imagekit.storage.root\"");
    }

    @Test
    void run_unknownSetting_exitsTwoWithTheSettingsHint() {
        Result r = run("-Dimagekit.nope=1");

        assertThat(r.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(r.errLines()).first().asString().startsWith("generateimages: unknown setting"
                + " \"imagekit.nope\"");
        assertThat(r.errLines()).last().asString().startsWith("settings can be given with -D");
    }
}
