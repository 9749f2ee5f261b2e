package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Wraps a shadow to see what it opened, so that a test can check it is gone afterwards. */
final class RecordingShadow implements ShadowDatabase {

    private final ShadowDatabase delegate;
    private final List<Instance> opened = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();

    RecordingShadow(ShadowDatabase delegate) {
        this.delegate = delegate;
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public Instance open(ShadowTarget target) {
        Instance instance = delegate.open(target);
        int index = opened.size();
        opened.add(instance);
        closed.add(false);
        return new Instance() {
            @Override
            public DataSource dataSource() {
                return instance.dataSource();
            }

            @Override
            public String description() {
                return instance.description();
            }

            @Override
            public int majorVersion() {
                return instance.majorVersion();
            }

            @Override
            public void close() {
                instance.close();
                closed.set(index, true);
            }
        };
    }

    List<Instance> opened() {
        return opened;
    }

    Instance only() {
        assertThat(opened).hasSize(1);
        return opened.get(0);
    }

    /** Asserts every shadow opened was closed, and that it cannot be connected to any more. */
    void assertAllGone() {
        assertThat(opened).isNotEmpty();
        assertThat(closed).as("closed").containsOnly(true);
        for (Instance instance : opened) {
            try (Connection c = instance.dataSource().getConnection()) {
                fail("The shadow " + instance.description() + " still accepts connections");
            } catch (SQLException | RuntimeException expected) {
                // gone: the server stopped, or the database dropped
            }
        }
    }
}
