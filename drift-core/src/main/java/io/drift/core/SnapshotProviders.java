package io.drift.core;

import io.drift.core.spi.SnapshotProvider;
import static java.util.Objects.requireNonNull;

import io.drift.core.model.DatabaseInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A set of {@link SnapshotProvider}s, and the choice among them for a database.
 *
 * <pre>{@code
 * SnapshotProvider provider = SnapshotProviders.discover(getClass().getClassLoader()).select(info);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SnapshotProviders {

    private static final Logger log = LoggerFactory.getLogger(SnapshotProviders.class);

    private final List<SnapshotProvider> providers;

    private SnapshotProviders(List<SnapshotProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /**
     * @param providers providers, registered explicitly
     * @return the set
     */
    public static SnapshotProviders of(SnapshotProvider... providers) {
        List<SnapshotProvider> list = new ArrayList<>();
        for (SnapshotProvider p : providers) {
            addIfAbsent(list, requireNonNull(p, "provider"));
        }
        return new SnapshotProviders(list);
    }

    /**
     * Loads every provider registered in {@code META-INF/services}. A provider that fails to load is logged at WARN
     * and skipped, so one broken jar does not hide the others.
     *
     * @param classLoader where to look
     * @return the set, possibly empty
     */
    public static SnapshotProviders discover(ClassLoader classLoader) {
        List<SnapshotProvider> found = new ArrayList<>();
        Iterator<SnapshotProvider> it = ServiceLoader.load(SnapshotProvider.class, classLoader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                addIfAbsent(found, it.next());
            } catch (ServiceConfigurationError e) {
                log.warn("Skipping a snapshot provider that failed to load: {}", e.getMessage());
            }
        }
        log.debug("Found snapshot providers: {}", found.stream().map(SnapshotProvider::name).toList());
        return new SnapshotProviders(found);
    }

    private static void addIfAbsent(List<SnapshotProvider> list, SnapshotProvider provider) {
        if (list.stream().noneMatch(p -> p.getClass().equals(provider.getClass()))) {
            list.add(provider);
        }
    }

    /** @return the providers, in registration order */
    public List<SnapshotProvider> all() {
        return providers;
    }

    /**
     * @param database the product and version a connection reports
     * @return the supporting provider with the highest priority
     * @throws UnsupportedDatabaseException naming the database, the providers found, and the artifact to add
     */
    public SnapshotProvider select(DatabaseInfo database) {
        SnapshotProvider chosen = providers.stream()
                .filter(p -> p.supports(database))
                .max(Comparator.comparingInt(SnapshotProvider::priority))
                .orElseThrow(() -> new UnsupportedDatabaseException("No Drift snapshot provider supports " + database
                        + " (providers found: " + (providers.isEmpty() ? "none"
                        : providers.stream().map(SnapshotProvider::name).collect(Collectors.joining(", ")))
                        + "). For PostgreSQL, add the artifact io.drift:drift-postgres to the class path."));
        log.debug("Chose snapshot provider {} for {}", chosen.name(), database);
        return chosen;
    }
}
