package io.github.jimagekit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SourceEventsTest {

    /** Records events as text. */
    static final class Recorder implements SourceListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void sourceSaved(SourceGroup group, Object source) {
            events.add("saved " + source + " in " + group);
        }

        @Override
        public void sourceDeleted(SourceGroup group, Object source) {
            events.add("deleted " + source + " in " + group);
        }
    }

    private final SourceGroup group = SourceGroup.glob("photos/**");
    private final SourceEvents events = new SourceEvents(group);

    @Test
    void saved_andDeleted_reachEveryListenerWithTheGroup() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        events.listen(a);
        events.listen(b);

        events.saved("photos/a.jpg");
        events.deleted("photos/b.jpg");

        assertThat(a.events).containsExactly("saved photos/a.jpg in SourceGroup.glob(photos/**)",
                "deleted photos/b.jpg in SourceGroup.glob(photos/**)");
        assertThat(b.events).isEqualTo(a.events);
    }

    @Test
    void close_unsubscribesOnlyThatSubscription() {
        Recorder a = new Recorder();
        SourceGroup.Subscription first = events.listen(a);
        events.listen(a);
        first.close();
        first.close();

        events.saved("photos/a.jpg");

        assertThat(a.events).hasSize(1);
        assertThat(events.size()).isEqualTo(1);
    }

    @Test
    void saved_failingListener_othersStillTold_firstFailureThrown() {
        Recorder after = new Recorder();
        events.listen(new SourceListener() {
            @Override
            public void sourceSaved(SourceGroup g, Object source) {
                throw new IllegalStateException("first");
            }

            @Override
            public void sourceDeleted(SourceGroup g, Object source) {
            }
        });
        events.listen(after);

        assertThatThrownBy(() -> events.saved("photos/a.jpg")).hasMessage("first");
        assertThat(after.events).hasSize(1);
    }
}
