package io.drift.test.assertj;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.Difference;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link SchemaDiff}; see {@link DriftAssertions}. A failure's message is the text report of the
 * differences that fail it.
 *
 * <pre>{@code
 * assertThat(diff).hasNoDifferencesAbove(Severity.WARNING);   // warnings and infos are fine, errors are not
 * }</pre>
 *
 * @since 0.1.0
 */
public class SchemaDiffAssert extends AbstractAssert<SchemaDiffAssert, SchemaDiff> {

    /** @param actual the diff */
    protected SchemaDiffAssert(SchemaDiff actual) {
        super(actual, SchemaDiffAssert.class);
    }

    /** @return this, when there is no difference at all */
    public SchemaDiffAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("%nExpecting no differences, but found %s:%n%n%s", count(actual), report(actual));
        }
        return this;
    }

    /**
     * @param severity the highest severity allowed
     * @return this, when no difference is more severe than {@code severity}
     */
    public SchemaDiffAssert hasNoDifferencesAbove(Severity severity) {
        requireNonNull(severity, "severity");
        isNotNull();
        SchemaDiff above = actual.filter(d -> d.severity().compareTo(severity) > 0);
        if (!above.isEmpty()) {
            failWithMessage("%nExpecting no differences above %s, but found %s:%n%n%s", severity, count(above),
                    report(above));
        }
        return this;
    }

    /**
     * @param expected how many differences
     * @return this
     */
    public SchemaDiffAssert hasSize(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            failWithMessage("%nExpecting %s, but found %s:%n%n%s", count(expected), count(actual), report(actual));
        }
        return this;
    }

    /**
     * @param path an object's path, as Drift prints it: {@code public.users.email}
     * @return this, when some difference is about that object
     */
    public SchemaDiffAssert hasDifferenceAt(String path) {
        isNotNull();
        ObjectPath p = ObjectPath.parse(path);
        if (actual.differences().stream().map(Difference::path).noneMatch(p::equals)) {
            failWithMessage("%nExpecting a difference at %s, but found none there among %s:%n%n%s", p,
                    count(actual), report(actual));
        }
        return this;
    }

    private static String count(SchemaDiff diff) {
        return count(diff.size());
    }

    private static String count(int n) {
        return n + (n == 1 ? " difference" : " differences");
    }

    private static String report(SchemaDiff diff) {
        return AbstractSchemaAssert.report(diff, "expected", "actual");
    }
}
