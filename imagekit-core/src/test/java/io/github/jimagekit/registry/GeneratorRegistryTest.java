package io.github.jimagekit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.AlreadyRegisteredException;
import io.github.jimagekit.error.NotRegisteredException;
import io.github.jimagekit.spec.GeneratorFactory;
import io.github.jimagekit.spec.SpecDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GeneratorRegistryTest {

    private final GeneratorFactory avatar = SpecDefinition.builder().build();
    private final GeneratorFactory hero = SpecDefinition.builder().version("2").build();

    @Test
    void register_thenFactory_returnsIt() {
        GeneratorRegistry r = new GeneratorRegistry();
        r.register("myapp:profile:avatar", avatar);
        assertThat(r.factory("myapp:profile:avatar")).isSameAs(avatar);
        assertThat(r.contains("myapp:profile:avatar")).isTrue();
    }

    @Test
    void register_sameFactoryTwice_isANoOp_anotherFactoryFails() {
        GeneratorRegistry r = new GeneratorRegistry();
        r.register("blog:hero", hero);
        r.register("blog:hero", hero);
        assertThatThrownBy(() -> r.register("blog:hero", avatar))
                .isInstanceOf(AlreadyRegisteredException.class)
                .hasMessage("generator \"blog:hero\" is already registered");
    }

    @Test
    void factory_unknownId_listsRegisteredIds() {
        GeneratorRegistry r = new GeneratorRegistry();
        r.register("imagekit:thumbnail", avatar);
        r.register("blog:card", hero);
        assertThatThrownBy(() -> r.factory("blog:hero"))
                .isInstanceOf(NotRegisteredException.class)
                .hasMessage("generator \"blog:hero\" is not registered (registered: blog:card,"
                        + " imagekit:thumbnail)");
    }

    @Test
    void unregister_removesOrFails() {
        GeneratorRegistry r = new GeneratorRegistry();
        r.register("a:b", avatar);
        r.unregister("a:b");
        assertThat(r.ids()).isEmpty();
        assertThatThrownBy(() -> r.unregister("a:b")).isInstanceOf(NotRegisteredException.class);
    }

    @Test
    void ids_areSorted() {
        GeneratorRegistry r = new GeneratorRegistry();
        r.register("b:x", avatar);
        r.register("a:y", hero);
        assertThat(r.ids()).containsExactly("a:y", "b:x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a::b", ":a", "a:", "a b", "a/b", "<script>"})
    void register_malformedId_fails(String id) {
        assertThatThrownBy(() -> new GeneratorRegistry().register(id, avatar))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is malformed");
    }
}
