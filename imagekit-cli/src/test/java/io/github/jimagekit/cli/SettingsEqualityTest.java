package io.github.jimagekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cli.SettingsWar.ClassPathFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One WAR, one JVM environment: the running application (on embedded Jetty) and
 * {@code generateimages --webapp} resolve the same {@code ImageKitConfig}. The WAR and the JVM
 * set settings in every source ({@link SettingsWar}), neighbouring sources sharing a key, so
 * every step of the precedence is exercised. Both sides run in a JVM of their own
 * ({@link SettingsProbe}), the only way to give it environment variables. The Tomcat side is
 * {@code SettingsEqualityTomcatIT}.
 */
final class SettingsEqualityTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ClassPathFile.class)
    void applicationAndCommand_sameWar_resolveTheSameConfig(ClassPathFile classPathFile)
            throws Exception {
        Path media = dir.resolve("media");
        Path war = TestWebApp.war(SettingsWar.explode(dir.resolve("exploded"), media,
                classPathFile), dir.resolve("settings.war"));

        List<String> out = probe(war);

        Map<String, String> expected = SettingsWar.expected(media);
        assertThat(out).containsExactly("app=ImageKitConfig" + expected,
                "cli=ImageKitConfig" + expected, "equal=true");
    }

    /** Runs {@link SettingsProbe} with the WAR's system properties and variables. */
    private List<String> probe(Path war) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true"));
        SettingsWar.SYSTEM_PROPERTIES.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of(SettingsProbe.class.getName(), war.toString(),
                dir.resolve("jetty").toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(dir.resolve("probe.err").toFile())
                .redirectOutput(dir.resolve("probe.out").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("IMAGEKIT_"));
        pb.environment().putAll(SettingsWar.ENVIRONMENT);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        assertThat(p.exitValue()).as("the probe's exit status; its errors:%n%s",
                Files.readString(dir.resolve("probe.err"))).isZero();
        return Files.readAllLines(dir.resolve("probe.out"), StandardCharsets.UTF_8);
    }
}
