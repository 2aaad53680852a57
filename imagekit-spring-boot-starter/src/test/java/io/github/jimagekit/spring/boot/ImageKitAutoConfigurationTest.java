package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.ImageKitBuilder;
import io.github.jimagekit.ImageKitCustomizer;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.servlet.CacheFileServlet;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.thymeleaf.ImageKitDialect;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;

final class ImageKitAutoConfigurationTest {

    @TempDir
    Path root;

    private WebApplicationContextRunner web() {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
                        ThymeleafAutoConfiguration.class))
                .withPropertyValues("imagekit.storage.root=" + root,
                        "imagekit.cache.backend=memory",
                        "spring.thymeleaf.check-template-location=false");
    }

    private static Throwable invalidConfiguration(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof InvalidConfigurationException)) {
            t = t.getCause();
        }
        assertThat(t).as("an InvalidConfigurationException in %s", failure).isNotNull();
        return t;
    }

    /** An application's own kit. */
    @Configuration(proxyBeanMethods = false)
    static class OwnKit {

        @Bean
        ImageKit myKit(Environment environment) {
            return ImageKit.builder().config(ImageKitConfig.builder().set(ConfigKey.STORAGE_ROOT,
                    environment.getRequiredProperty("imagekit.storage.root"))
                    .set(ConfigKey.CACHE_BACKEND, "none").build()).build();
        }
    }

    /** A customizer bean that registers a generator and swaps the state cache. */
    @Configuration(proxyBeanMethods = false)
    static class Customized {

        @Bean
        RecordingStateCache recordingStateCache() {
            return new RecordingStateCache();
        }

        @Bean
        ImageKitCustomizer avatars(RecordingStateCache cache) {
            return new ImageKitCustomizer() {
                @Override
                public void customize(ImageKitBuilder builder) {
                    builder.stateCache(cache).library(r -> r.generator("app:avatar",
                            SpecDefinition.builder().processors(new ResizeToFill(40, 40))
                                    .build())
                            .sourceGroup("app:avatar", SourceGroup.glob("photos/*.png")));
                }
            };
        }
    }

    @Test
    void imageKit_storageRootSet_isBuiltFromTheProperties() {
        web().withPropertyValues("imagekit.default.quality=61").run(context -> {
            assertThat(context).hasSingleBean(ImageKit.class);
            ImageKit kit = context.getBean(ImageKit.class);
            assertThat(kit.config().raw(ConfigKey.STORAGE_ROOT)).isEqualTo(root.toString());
            assertThat(kit.config().number(ConfigKey.DEFAULT_QUALITY)).isEqualTo(61);
            assertThat(kit.storage().url("a/b.jpg")).isEqualTo("/media/a/b.jpg");
        });
    }

    @Test
    void imageKit_userDefinesOne_autoConfigurationBacksOff() {
        web().withUserConfiguration(OwnKit.class).run(context -> {
            assertThat(context).hasSingleBean(ImageKit.class).hasBean("myKit")
                    .doesNotHaveBean("imageKit");
            assertThat(context.getBean(ImageKitDialect.class)).isNotNull();
        });
    }

    @Test
    void imageKit_customizerBean_isAppliedAndTheKitClosedWithTheContext() {
        RecordingStateCache[] cache = new RecordingStateCache[1];
        web().withUserConfiguration(Customized.class).run(context -> {
            ImageKit kit = context.getBean(ImageKit.class);
            assertThat(kit.registry().generators().contains("app:avatar")).isTrue();
            cache[0] = context.getBean(RecordingStateCache.class);
            assertThat(cache[0].closed()).isFalse();
        });
        assertThat(cache[0].closed()).isTrue();
    }

    @Test
    void imageKit_badProperty_failsStartUpNamingTheKey() {
        web().withPropertyValues("imagekit.cache.timeout=soon").run(context -> {
            assertThat(context).hasFailed();
            assertThat(invalidConfiguration(context.getStartupFailure()))
                    .hasMessageStartingWith("setting \"imagekit.cache.timeout\" has a bad value"
                            + " \"soon\"")
                    .hasMessageContaining("(set in \"imagekit.cache.timeout\"");
        });
    }

    @Test
    void imageKit_noStorageRoot_failsStartUpNamingTheKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class))
                .run(context -> assertThat(invalidConfiguration(context.getStartupFailure()))
                        .hasMessage("setting \"imagekit.storage.root\" is not set: say where"
                                + " images are stored"));
    }

    @Test
    void imageKit_pregenerateSet_generatesTheGroupsFilesAfterStart() throws Exception {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve("photos/a.png"),
                TestImages.encode(TestImages.quadrants(90, 60), "png"));
        Path cache = root.resolve("CACHE/images");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class))
                .withUserConfiguration(Customized.class)
                .withPropertyValues("imagekit.storage.root=" + root,
                        "imagekit.cache.backend=memory", "imagekit.pregenerate=app:*")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> Files.exists(cache) && cacheFiles(cache).size() == 1);
                    BufferedImage avatar = TestImages.decode(
                            Files.readAllBytes(cacheFiles(cache).get(0)));
                    assertThat(avatar.getWidth()).isEqualTo(40);
                    assertThat(avatar.getHeight()).isEqualTo(40);
                });
    }

    private static List<Path> cacheFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void imageKitDialect_thymeleafPresent_isAddedToBootsTemplateEngine() {
        web().run(context -> {
            ImageKitDialect dialect = context.getBean(ImageKitDialect.class);
            assertThat(context.getBean(SpringTemplateEngine.class).getDialects())
                    .contains(dialect);
        });
    }

    @Test
    void imageKitDialect_noThymeleaf_isNotMade() {
        web().withClassLoader(new FilteredClassLoader(IDialect.class)).run(context -> {
            assertThat(context).hasSingleBean(ImageKit.class)
                    .doesNotHaveBean(ImageKitDialect.class);
        });
    }

    @Test
    void cacheFileServlet_servletPathSet_isRegisteredThereAndFindsTheKit() {
        web().withPropertyValues("imagekit.servlet.path=/img/*").run(context -> {
            ServletRegistrationBean<?> r = context.getBean("imageKitCacheFileServlet",
                    ServletRegistrationBean.class);
            assertThat(r.getServlet()).isInstanceOf(CacheFileServlet.class);
            assertThat(r.getUrlMappings()).containsExactly("/img/*");
            assertThat(r.getServletName()).isEqualTo("imagekit-cache-files");
            assertThat(r.isEnabled()).isTrue();
            ImageKit kit = context.getBean(ImageKit.class);
            assertThat(kit.storage().url("x.png")).isEqualTo("/img/x.png");

            MockServletContext servletContext = new MockServletContext();
            context.getBean("imageKitServletContextAttribute", ServletContextInitializer.class)
                    .onStartup(servletContext);
            assertThat(servletContext.getAttribute(ImageKit.CONTEXT_ATTRIBUTE)).isSameAs(kit);
        });
    }

    @Test
    void cacheFileServlet_disabled_isNotRegistered() {
        web().withPropertyValues("imagekit.servlet.enabled=false").run(context ->
                assertThat(context.getBean("imageKitCacheFileServlet",
                        ServletRegistrationBean.class).isEnabled()).isFalse());
    }

    @Test
    void cacheFileServlet_notAWebApplication_isNotRegistered() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class))
                .withPropertyValues("imagekit.storage.root=" + root,
                        "imagekit.cache.backend=memory")
                .run(context -> assertThat(context).hasSingleBean(ImageKit.class)
                        .doesNotHaveBean("imageKitCacheFileServlet")
                        .doesNotHaveBean("imageKitServletContextAttribute"));
    }
}
