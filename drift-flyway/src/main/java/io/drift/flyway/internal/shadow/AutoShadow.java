package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.flyway.ShadowUnavailableException;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The first of several shadows that can serve. */
public final class AutoShadow implements ShadowDatabase {

    private static final Logger log = LoggerFactory.getLogger(AutoShadow.class);

    private final List<ShadowDatabase> candidates;

    /** @param candidates in order of preference */
    public AutoShadow(List<ShadowDatabase> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No shadow database to choose from");
        }
        this.candidates = List.copyOf(candidates);
    }

    @Override
    public String description() {
        return "the first of: " + String.join(", ", candidates.stream().map(ShadowDatabase::description).toList());
    }

    @Override
    public Instance open(ShadowTarget target) {
        List<String> reasons = new ArrayList<>();
        for (ShadowDatabase candidate : candidates) {
            try {
                Instance instance = candidate.open(target);
                log.debug("Shadow database: {}", instance.description());
                return instance;
            } catch (ShadowUnavailableException e) {
                log.debug("Shadow database {} cannot serve: {}", candidate.description(), e.getMessage());
                reasons.add(e.getMessage());
            }
        }
        throw new ShadowUnavailableException(DriftException.Reason.OTHER, "No shadow database to build the"
                + " migrations in. " + String.join(" ", reasons) + " Give one: an empty database (--shadow-url, or"
                + " ShadowDatabase.of(dataSource)), or a server where Drift may create a temporary one"
                + " (--shadow-server, or ShadowDatabase.temporaryDatabase(url, user, password)).");
    }
}
