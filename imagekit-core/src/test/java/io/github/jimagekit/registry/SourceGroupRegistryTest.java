package io.github.jimagekit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.SourceEvents;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SourceListener;
import io.github.jimagekit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class SourceGroupRegistryTest {

    /** A group that announces its own events. */
    static final class Announcing implements SourceGroup {
        final SourceEvents events = new SourceEvents(this);

        @Override
        public Stream<Source> files(Storage sourceStorage) {
            return Stream.empty();
        }

        @Override
        public boolean contains(Source source) {
            return true;
        }

        @Override
        public Subscription listen(SourceListener listener) {
            return events.listen(listener);
        }
    }

    /** Records events. */
    static final class Recorder implements SourceListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void sourceSaved(SourceGroup group, Object source) {
            events.add("saved " + source);
        }

        @Override
        public void sourceDeleted(SourceGroup group, Object source) {
            events.add("deleted " + source);
        }
    }

    private final Registry registry = new Registry();

    @Test
    void sourceGroup_keepsOrderArgumentsAndIgnoresRepeats() {
        SourceGroup photos = SourceGroup.glob("photos/**");
        registry.sourceGroup("gallery:card", photos)
                .sourceGroup("imagekit:thumbnail", photos, Map.of("width", 200))
                .sourceGroup("gallery:card", SourceGroup.glob("photos/**"));

        List<SourceGroupRegistration> all = registry.sourceGroups().registrations();

        assertThat(all).extracting(SourceGroupRegistration::generatorId)
                .containsExactly("gallery:card", "imagekit:thumbnail");
        assertThat(all.get(1).arguments().integer("width")).contains(200);
        assertThat(all.get(1)).hasToString(
                "imagekit:thumbnail {width=200} over SourceGroup.glob(photos/**)");
        assertThat(registry.sourceGroups().registrationsOn(photos)).hasSize(2);
    }

    @Test
    void sourceGroup_argumentsNamingASource_areRefused() {
        assertThatThrownBy(() -> registry.sourceGroup("a:b", SourceGroup.glob("x/**"),
                Map.of("source", "x/y.jpg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not name a source");
        assertThatThrownBy(() -> registry.sourceGroup("a b", SourceGroup.glob("x/**")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generator id \"a b\" is malformed");
    }

    @Test
    void unregister_removesEveryArgumentVariant() {
        SourceGroup g = SourceGroup.glob("x/**");
        registry.sourceGroup("a:b", g, Map.of("width", 1))
                .sourceGroup("a:b", g, Map.of("width", 2))
                .sourceGroup("a:c", g);

        assertThat(registry.sourceGroups().unregister("a:b", g)).isTrue();
        assertThat(registry.sourceGroups().unregister("a:b", g)).isFalse();
        assertThat(registry.sourceGroups().registrations())
                .extracting(SourceGroupRegistration::generatorId).containsExactly("a:c");
    }

    @Test
    void relayTo_groupsRegisteredBeforeAndAfter_areRelayedUntilClosed() {
        Announcing before = new Announcing();
        Announcing after = new Announcing();
        registry.sourceGroup("a:b", before);
        Recorder relay = new Recorder();
        SourceGroup.Subscription s = registry.sourceGroups().relayTo(relay);
        registry.sourceGroup("a:c", after).sourceGroup("a:d", after);

        before.events.saved("one.jpg");
        after.events.deleted("two.jpg");
        assertThat(after.events.size()).isEqualTo(1);
        s.close();
        before.events.saved("three.jpg");

        assertThat(relay.events).containsExactly("saved one.jpg", "deleted two.jpg");
        assertThat(before.events.size()).isZero();
        assertThatThrownBy(() -> {
            registry.sourceGroups().relayTo(relay);
            registry.sourceGroups().relayTo(relay);
        }).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unregister_lastRegistrationOfAGroup_unsubscribesFromIt() {
        Announcing g = new Announcing();
        registry.sourceGroups().relayTo(new Recorder());
        registry.sourceGroup("a:b", g).sourceGroup("a:c", g);

        registry.sourceGroups().unregister("a:b", g);
        assertThat(g.events.size()).isEqualTo(1);
        registry.sourceGroups().unregister("a:c", g);
        assertThat(g.events.size()).isZero();
    }
}
