package io.github.jimagekit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * Pins core's package structure, as Spring's {@code ArchitectureCheck} does: no package cycles,
 * and layers that only reach down. From the top: the status readers (they only read a kit),
 * the facade (the builder is the only reader of settings, so configuration sits right under
 * it), batch generation, template rendering, the SPI and the registry (with the source-event
 * relay), cache files, specs, codecs, processors, sources, internals, storage, and the
 * exceptions at the bottom.
 */
@AnalyzeClasses(packages = "io.github.jimagekit",
        importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureTest {

    /** The layers, top first, each with its package. */
    static final List<String[]> LAYERS = List.of(
            new String[] {"status", "io.github.jimagekit.status"},
            new String[] {"facade", "io.github.jimagekit"},
            new String[] {"config", "io.github.jimagekit.config"},
            new String[] {"batch", "io.github.jimagekit.batch"},
            new String[] {"template", "io.github.jimagekit.template"},
            new String[] {"spi", "io.github.jimagekit.spi"},
            new String[] {"registry", "io.github.jimagekit.registry"},
            new String[] {"cachefile", "io.github.jimagekit.cachefile"},
            new String[] {"spec", "io.github.jimagekit.spec"},
            new String[] {"codec", "io.github.jimagekit.codec"},
            new String[] {"codec.jpeg", "io.github.jimagekit.codec.jpeg"},
            new String[] {"processor", "io.github.jimagekit.processor"},
            new String[] {"source", "io.github.jimagekit.source"},
            new String[] {"internal", "io.github.jimagekit.internal"},
            new String[] {"storage", "io.github.jimagekit.storage"},
            new String[] {"error", "io.github.jimagekit.error"});

    @ArchTest
    static final ArchRule packages_formNoCycles = slices().matching("io.github.jimagekit.(**)")
            .namingSlices("$1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers_onlyReachDown = layers();

    @ArchTest
    static final ArchRule everyPackage_belongsToALayer = classes().should().resideInAnyPackage(
            LAYERS.stream().map(l -> l[1]).toArray(String[]::new));

    private static ArchRule layers() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String[] l : LAYERS) {
            rule = rule.layer(l[0]).definedBy(l[1]);
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            String name = LAYERS.get(i)[0];
            String[] above = LAYERS.subList(0, i).stream().map(l -> l[0]).toArray(String[]::new);
            rule = i == 0 ? rule.whereLayer(name).mayNotBeAccessedByAnyLayer()
                    : rule.whereLayer(name).mayOnlyBeAccessedByLayers(above);
        }
        return rule;
    }
}
