package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.model.ObjectKind;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each difference matters: an immutable table of rules from (kind, difference type, property) to
 * {@link Severity}. The most specific rule wins, in this order:
 * <ol>
 *     <li>kind and property (changed only): {@code with(ObjectKind.COLUMN, "comment", INFO)}</li>
 *     <li>property, any kind (changed only): {@code withProperty("comment", INFO)}</li>
 *     <li>kind and type: {@code with(ObjectKind.INDEX, DifferenceType.UNEXPECTED, WARNING)}</li>
 *     <li>type, any kind: {@code with(DifferenceType.MISSING, ERROR)}</li>
 * </ol>
 * A property rule also covers the properties whose names start with it and a dot, unless they have a rule of their
 * own: {@code attributes} covers every vendor attribute ({@code attributes.pg.fillfactor}), {@code identity} every part
 * of an identity ({@code identity.start}).
 *
 * <p>Property names are those a diff compares ({@link DiffOptions#knownProperties()}, and
 * {@link DiffOptions#knownProperties(ObjectKind)} for one kind), checked when a rule is added: a misspelt name
 * ({@code grant} for {@code grants}) would otherwise be a rule that never applies, so it is refused with the closest
 * known name.
 *
 * <pre>{@code
 * SeverityPolicy policy = SeverityPolicy.defaults()
 *         .with(ObjectKind.INDEX, DifferenceType.MISSING, Severity.WARNING)
 *         .withProperty("comment", Severity.INFO);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SeverityPolicy {

    private static final SeverityPolicy DEFAULTS = buildDefaults();

    private final Map<Key, Severity> rules;

    private SeverityPolicy(Map<Key, Severity> rules) {
        this.rules = Map.copyOf(rules);
    }

    private record Key(ObjectKind kind, DifferenceType type, String property) {
    }

    /**
     * The default policy:
     * <ul>
     *     <li>missing: {@code ERROR} for every kind (a missing index is an outage waiting for load), but
     *     {@code WARNING} for vendor objects, whose weight drift cannot judge;</li>
     *     <li>unexpected: {@code WARNING}, but {@code ERROR} for constraints and policies, which can reject writes or
     *     hide rows the application expects to see;</li>
     *     <li>changed: {@code ERROR}, but {@code INFO} for comments, owners and column positions, and
     *     {@code WARNING} for grants, vendor attributes, index and constraint validity, the cache of a sequence or
     *     identity column ({@code identity.cache}) and extension versions.</li>
     * </ul>
     *
     * @return the default policy
     */
    public static SeverityPolicy defaults() {
        return DEFAULTS;
    }

    private static SeverityPolicy buildDefaults() {
        Map<Key, Severity> rules = new HashMap<>();
        rules.put(new Key(null, DifferenceType.MISSING, null), Severity.ERROR);
        rules.put(new Key(null, DifferenceType.UNEXPECTED, null), Severity.WARNING);
        rules.put(new Key(null, DifferenceType.CHANGED, null), Severity.ERROR);
        for (ObjectKind kind : new ObjectKind[] {ObjectKind.PRIMARY_KEY, ObjectKind.UNIQUE_CONSTRAINT,
                ObjectKind.FOREIGN_KEY, ObjectKind.CHECK_CONSTRAINT, ObjectKind.EXCLUSION_CONSTRAINT,
                ObjectKind.POLICY}) {
            rules.put(new Key(kind, DifferenceType.UNEXPECTED, null), Severity.ERROR);
        }
        rules.put(new Key(ObjectKind.VENDOR, DifferenceType.MISSING, null), Severity.WARNING);
        rules.put(new Key(null, DifferenceType.CHANGED, "comment"), Severity.INFO);
        rules.put(new Key(null, DifferenceType.CHANGED, "owner"), Severity.INFO);
        rules.put(new Key(null, DifferenceType.CHANGED, "position"), Severity.INFO);
        rules.put(new Key(null, DifferenceType.CHANGED, "grants"), Severity.WARNING);
        rules.put(new Key(null, DifferenceType.CHANGED, "attributes"), Severity.WARNING);
        rules.put(new Key(null, DifferenceType.CHANGED, "validated"), Severity.WARNING);
        rules.put(new Key(ObjectKind.INDEX, DifferenceType.CHANGED, "valid"), Severity.WARNING);
        rules.put(new Key(ObjectKind.SEQUENCE, DifferenceType.CHANGED, "cache"), Severity.WARNING);
        rules.put(new Key(ObjectKind.COLUMN, DifferenceType.CHANGED, "identity.cache"), Severity.WARNING);
        rules.put(new Key(ObjectKind.EXTENSION, DifferenceType.CHANGED, "version"), Severity.WARNING);
        return new SeverityPolicy(rules);
    }

    /** @return a policy that rates every difference {@code severity}, as a base for fully custom policies */
    public static SeverityPolicy uniform(Severity severity) {
        Map<Key, Severity> rules = new HashMap<>();
        for (DifferenceType type : DifferenceType.values()) {
            rules.put(new Key(null, type, null), requireNonNull(severity, "severity"));
        }
        return new SeverityPolicy(rules);
    }

    private SeverityPolicy with(Key key, Severity severity) {
        Map<Key, Severity> copy = new HashMap<>(rules);
        copy.put(key, requireNonNull(severity, "severity"));
        return new SeverityPolicy(copy);
    }

    /**
     * @param type     the type of difference
     * @param severity the severity for every kind without a more specific rule
     * @return a copy with that rule
     */
    public SeverityPolicy with(DifferenceType type, Severity severity) {
        return with(new Key(null, requireNonNull(type, "type"), null), severity);
    }

    /**
     * @param kind     the object kind
     * @param type     the type of difference
     * @param severity the severity
     * @return a copy with that rule
     */
    public SeverityPolicy with(ObjectKind kind, DifferenceType type, Severity severity) {
        return with(new Key(requireNonNull(kind, "kind"), requireNonNull(type, "type"), null), severity);
    }

    /**
     * @param kind     the object kind
     * @param property the changed property, one of {@link DiffOptions#knownProperties(ObjectKind)} or
     *                 {@code attributes.<key>}
     * @param severity the severity when that property of that kind changes
     * @return a copy with that rule
     * @throws DriftException with {@link io.drift.core.DriftException.Reason#INVALID_ARGUMENT} when that kind has no
     *                        such property, naming the closest one
     */
    public SeverityPolicy with(ObjectKind kind, String property, Severity severity) {
        requireNonNull(kind, "kind");
        requireNonNull(property, "property");
        requireNonNull(severity, "severity");
        ComparedProperties.requireRuleProperty(kind, property);
        return with(new Key(kind, DifferenceType.CHANGED, property), severity);
    }

    /**
     * @param property the changed property, one of {@link DiffOptions#knownProperties()} or {@code attributes.<key>}
     * @param severity the severity when that property changes, for any kind without a more specific rule
     * @return a copy with that rule
     * @throws DriftException with {@link io.drift.core.DriftException.Reason#INVALID_ARGUMENT} when no kind has such
     *                        a property, naming the closest one ({@code grant}: did you mean {@code grants}?)
     */
    public SeverityPolicy withProperty(String property, Severity severity) {
        requireNonNull(property, "property");
        requireNonNull(severity, "severity");
        ComparedProperties.requireRuleProperty(null, property);
        return with(new Key(null, DifferenceType.CHANGED, property), severity);
    }

    /**
     * @param kind     the kind of the object that differs
     * @param type     the type of difference
     * @param property the changed property, or {@code null} for missing and unexpected objects
     * @return the severity of the most specific matching rule
     */
    public Severity severityOf(ObjectKind kind, DifferenceType type, String property) {
        requireNonNull(kind, "kind");
        requireNonNull(type, "type");
        if (type == DifferenceType.CHANGED && property != null) {
            for (String name = property; ; ) {
                Severity s = propertyRule(kind, name);
                if (s != null) {
                    return s;
                }
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    break;
                }
                name = name.substring(0, dot);
            }
        }
        Severity s = rules.get(new Key(kind, type, null));
        if (s == null) {
            s = rules.get(new Key(null, type, null));
        }
        return s == null ? Severity.ERROR : s;
    }

    private Severity propertyRule(ObjectKind kind, String property) {
        Severity s = rules.get(new Key(kind, DifferenceType.CHANGED, property));
        return s != null ? s : rules.get(new Key(null, DifferenceType.CHANGED, property));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeverityPolicy && ((SeverityPolicy) o).rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules);
    }

    @Override
    public String toString() {
        return "SeverityPolicy" + rules;
    }
}
