package io.github.jimagekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.error.ImageTooLargeException;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.ForwardingStateCache;
import io.github.jimagekit.testing.ForwardingStorage;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfiguredComponentsTest {

    /** A storage named by class: made with the settings, it serves at their base URL. */
    public static final class NamedStorage extends ForwardingStorage {

        public NamedStorage(ImageKitConfig config) {
            super(new MemoryStorage(config.raw(ConfigKey.STORAGE_BASE_URL)));
        }
    }

    /** A state cache named by class, made with its no-argument constructor. */
    public static final class NamedStateCache extends ForwardingStateCache {
        public NamedStateCache() {
            super(StateCache.inMemory(StateTimeouts.DEFAULT, Clock.systemUTC(), ""));
        }
    }

    /** A storage that fails to start. */
    public static final class FailingStorage implements Storage {
        public FailingStorage(ImageKitConfig config) {
            throw new IllegalStateException("bucket \"photos\" is unreachable");
        }

        @Override
        public boolean exists(String name) {
            throw new AssertionError();
        }

        @Override
        public Optional<FileInfo> stat(String name) {
            throw new AssertionError();
        }

        @Override
        public InputStream open(String name) {
            throw new AssertionError();
        }

        @Override
        public void save(String name, InputStream content) {
            throw new AssertionError();
        }

        @Override
        public boolean delete(String name) {
            throw new AssertionError();
        }

        @Override
        public Stream<String> list(String directory) {
            throw new AssertionError();
        }

        @Override
        public String url(String name) {
            throw new AssertionError();
        }
    }

    @TempDir
    Path dir;

    private static ConfiguredComponents configured(String... settings) {
        ImageKitConfig.Builder c = ImageKitConfig.builder();
        for (int i = 0; i < settings.length; i += 2) {
            c.set(settings[i], settings[i + 1]);
        }
        return new ConfiguredComponents(c.build(), ConfiguredComponentsTest.class.getClassLoader(),
                Clock.systemUTC());
    }

    @Test
    void patterns_commaSeparatedWithBlanks_leavesTheBlanksOut() {
        assertThat(ConfiguredComponents.patterns(" a, ,b ,")).containsExactly("a", "b");
        assertThat(ConfiguredComponents.patterns("")).isEmpty();
        assertThat(configured("imagekit.pregenerate", "gallery:*, imagekit:*").pregenerate())
                .containsExactly("gallery:*", "imagekit:*");
    }

    @Test
    void imaging_imageSettings_applied() {
        Imaging imaging = configured("imagekit.image.max-pixels", "2000",
                "imagekit.image.auto-orient", "false",
                "imagekit.image.color-management", "false").imaging();
        byte[] png = TestImages.encode(TestImages.quadrants(64, 32), "png");

        assertThat(imaging.cacheKey())
                .isEqualTo("Imaging(autoOrient=false,colorManagement=false)");
        assertThatThrownBy(() -> imaging.render(new ImageData("p.png", png), Processor.pipeline(),
                ImageFormat.PNG, EncodeOptions.DEFAULT, true))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessage("source \"p.png\" is 64x32 (2048 pixels), over the limit of 2000"
                        + " pixels (imagekit.image.max-pixels)");
    }

    @Test
    void imaging_defaults_sameKeyAsBuilderDefaults() {
        assertThat(configured().imaging().cacheKey())
                .isEqualTo(Imaging.builder().build().cacheKey())
                .isEqualTo("Imaging(autoOrient=true,colorManagement=true)");
    }

    @Test
    void imaging_shrinkOnLoadSettingsOff_decodesFullSize() {
        byte[] jpeg = TestImages.encode(TestImages.gradient(1600, 800), "jpeg");
        List<Integer> widths = new ArrayList<>();
        Processor recorder = new Processor() {
            @Override
            public BufferedImage process(BufferedImage image) {
                widths.add(image.getWidth());
                return image.getSubimage(0, 0, 8, 8);
            }

            @Override
            public String cacheKey() {
                return "recorder";
            }

            @Override
            public Size requiredInputSize(Size input, Size requiredOutput) {
                return new Size(100, 50);
            }
        };

        configured().imaging().render(new ImageData("a.jpg", jpeg), recorder, ImageFormat.PNG,
                EncodeOptions.DEFAULT, true);
        configured("imagekit.image.jpeg-dct-scaling", "false",
                "imagekit.image.subsampled-decode", "false").imaging()
                .render(new ImageData("a.jpg", jpeg), recorder, ImageFormat.PNG,
                        EncodeOptions.DEFAULT, true);

        assertThat(widths).containsExactly(200, 1600);
    }

    @Test
    void timeouts_cacheSettings_read() {
        assertThat(configured("imagekit.cache.timeout", "1h",
                "imagekit.cache.missing-timeout", "2s",
                "imagekit.cache.failure-timeout", "3s",
                "imagekit.cache.generating-lease", "4m").timeouts())
                .isEqualTo(new StateTimeouts(Optional.of(Duration.ofHours(1)),
                        Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMinutes(4)));
        assertThat(configured().timeouts()).isEqualTo(StateTimeouts.DEFAULT);
    }

    @Test
    void defaultOptions_qualityAndProgressive_read() {
        assertThat(configured("imagekit.default.quality", "70",
                "imagekit.default.progressive", "true").defaultOptions())
                .isEqualTo(new EncodeOptions(70, true, false));
    }

    @Test
    void storage_classNamed_madeWithTheSettings() {
        Storage storage = configured("imagekit.storage.class", NamedStorage.class.getName(),
                "imagekit.storage.base-url", "/cdn/").storage();

        assertThat(storage).isInstanceOf(NamedStorage.class);
        assertThat(storage.url("a.jpg")).isEqualTo("/cdn/a.jpg");
    }

    @Test
    void sourceStorage_classNamedOrDirectoryOrNone() {
        assertThat(configured("imagekit.source.storage.class", NamedStorage.class.getName(),
                "imagekit.source.root", dir.toString()).sourceStorage())
                .containsInstanceOf(NamedStorage.class);
        assertThat(configured("imagekit.source.root", dir.toString()).sourceStorage())
                .containsInstanceOf(FileSystemStorage.class);
        assertThat(configured().sourceStorage()).isEmpty();
    }

    @Test
    void stateCache_classNamed_madeWithItsNoArgumentConstructor() {
        try (StateCache states = configured("imagekit.cache.backend",
                NamedStateCache.class.getName()).stateCache()) {
            assertThat(states).isInstanceOf(NamedStateCache.class);
        }
    }

    @Test
    void namedClass_missingOrWrongOrUnsuitable_failsNamingSettingAndClass() {
        assertThatThrownBy(() -> configured("imagekit.storage.class", "com.example.S3Storage")
                .storage())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.storage.class\": class \"com.example.S3Storage\""
                        + " cannot be loaded (ClassNotFoundException)");
        assertThatThrownBy(() -> configured("imagekit.cache.backend", "java.lang.String")
                .stateCache())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.cache.backend\": class \"java.lang.String\" is"
                        + " not a StateCache");
        assertThatThrownBy(() -> configured("imagekit.source.storage.class",
                MemoryStorage.class.getName()).sourceStorage())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.source.storage.class\": class \""
                        + MemoryStorage.class.getName() + "\" has no public constructor taking an"
                        + " ImageKitConfig and no public no-argument one");
    }

    @Test
    void namedClass_constructorFails_failsWithItsReason() {
        assertThatThrownBy(() -> configured("imagekit.storage.class",
                FailingStorage.class.getName()).storage())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.storage.class\": class \""
                        + FailingStorage.class.getName() + "\" failed to start: bucket \"photos\""
                        + " is unreachable")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void stateCache_diskDirectoryInUse_failsNamingTheSetting() {
        String[] settings = {"imagekit.cache.disk.dir", dir.resolve("states").toString()};
        try (StateCache first = configured(settings).stateCache()) {
            first.put("a.jpg", CacheFileState.DoesNotExist.INSTANCE);

            assertThatThrownBy(() -> configured(settings).stateCache())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("setting \"imagekit.cache.disk.dir\": cannot open the"
                            + " state cache (is another process using its directory?): ");
        }
    }
}
