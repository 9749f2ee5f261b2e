package io.drift.jpa.internal;

import io.drift.core.DriftException;
import io.drift.core.model.Snapshot;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Hibernate {@link Integrator} (listed in {@code META-INF/services}, so Hibernate finds it whenever drift-jpa is on
 * the class path): while a {@code SessionFactory} is built, it reads the boot metamodel into the snapshot the entities
 * expect, which a factory does not keep afterwards. It never fails the factory: an error is kept and reported when
 * Drift asks for the snapshot. The snapshots are held weakly, per factory, and dropped when a factory closes.
 */
public final class CapturedMetadata implements Integrator {

    private static final Logger log = LoggerFactory.getLogger(CapturedMetadata.class);

    private static final Map<SessionFactoryImplementor, Object> CAPTURED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Hibernate instantiates this through {@link java.util.ServiceLoader}. */
    public CapturedMetadata() {
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        long start = System.nanoTime();
        Object result;
        try {
            result = MetadataReader.read(metadata);
        } catch (RuntimeException | LinkageError e) {
            result = e;
        }
        CAPTURED.put(factory, result);
        log.debug("Read the entities' schema of {} in {} ms", factory, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry serviceRegistry) {
        CAPTURED.remove(factory);
    }

    /**
     * @param factory a session factory
     * @return the snapshot read while it was built, or {@code null} when this integrator did not see it
     * @throws DriftException when reading it failed
     */
    static Snapshot find(SessionFactoryImplementor factory) {
        Object result = CAPTURED.get(factory);
        if (result instanceof DriftException) {
            throw (DriftException) result;
        }
        if (result instanceof Throwable) {
            throw new DriftException(DriftException.Reason.OTHER, "Reading the entities' mapping failed: "
                    + result, (Throwable) result);
        }
        return (Snapshot) result;
    }
}
