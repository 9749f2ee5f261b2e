package io.drift.core.diff;

import static io.drift.core.diff.DifferenceType.CHANGED;
import static io.drift.core.diff.DifferenceType.MISSING;
import static io.drift.core.diff.DifferenceType.UNEXPECTED;
import static io.drift.core.InvalidArgument.assertInvalidArgument;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.ObjectKind;

import org.junit.jupiter.api.Test;

class SeverityPolicyTest {

    private final SeverityPolicy defaults = SeverityPolicy.defaults();

    @Test
    void defaults_rate_missing_as_error_but_vendor_objects_as_warning() {
        assertThat(defaults.severityOf(ObjectKind.TABLE, MISSING, null)).isEqualTo(Severity.ERROR);
        assertThat(defaults.severityOf(ObjectKind.INDEX, MISSING, null)).isEqualTo(Severity.ERROR);
        assertThat(defaults.severityOf(ObjectKind.VENDOR, MISSING, null)).isEqualTo(Severity.WARNING);
    }

    @Test
    void defaults_rate_unexpected_as_warning_but_constraints_and_policies_as_error() {
        assertThat(defaults.severityOf(ObjectKind.INDEX, UNEXPECTED, null)).isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(ObjectKind.COLUMN, UNEXPECTED, null)).isEqualTo(Severity.WARNING);
        for (ObjectKind kind : new ObjectKind[] {ObjectKind.PRIMARY_KEY, ObjectKind.UNIQUE_CONSTRAINT,
                ObjectKind.FOREIGN_KEY, ObjectKind.CHECK_CONSTRAINT, ObjectKind.EXCLUSION_CONSTRAINT,
                ObjectKind.POLICY}) {
            assertThat(defaults.severityOf(kind, UNEXPECTED, null)).as(kind.id()).isEqualTo(Severity.ERROR);
        }
    }

    @Test
    void defaults_rate_changes_as_documented() {
        assertThat(defaults.severityOf(ObjectKind.COLUMN, CHANGED, "type")).isEqualTo(Severity.ERROR);
        assertThat(defaults.severityOf(ObjectKind.TABLE, CHANGED, "comment")).isEqualTo(Severity.INFO);
        assertThat(defaults.severityOf(ObjectKind.TABLE, CHANGED, "owner")).isEqualTo(Severity.INFO);
        assertThat(defaults.severityOf(ObjectKind.COLUMN, CHANGED, "position")).isEqualTo(Severity.INFO);
        assertThat(defaults.severityOf(ObjectKind.TABLE, CHANGED, "grants")).isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(ObjectKind.TABLE, CHANGED, "attributes.pg.fillfactor"))
                .isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(ObjectKind.INDEX, CHANGED, "valid")).isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(ObjectKind.FOREIGN_KEY, CHANGED, "validated")).isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(ObjectKind.SEQUENCE, CHANGED, "cache")).isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(ObjectKind.COLUMN, CHANGED, "identity.cache")).isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(ObjectKind.COLUMN, CHANGED, "identity.start")).isEqualTo(Severity.ERROR);
        assertThat(defaults.severityOf(ObjectKind.EXTENSION, CHANGED, "version")).isEqualTo(Severity.WARNING);
    }

    @Test
    void most_specific_rule_wins() {
        SeverityPolicy policy = SeverityPolicy.uniform(Severity.INFO)
                .with(CHANGED, Severity.WARNING)
                .with(ObjectKind.COLUMN, CHANGED, Severity.ERROR)
                .withProperty("comment", Severity.WARNING)
                .with(ObjectKind.COLUMN, "comment", Severity.INFO);
        assertThat(policy.severityOf(ObjectKind.TABLE, MISSING, null)).isEqualTo(Severity.INFO);
        assertThat(policy.severityOf(ObjectKind.TABLE, CHANGED, "unlogged")).isEqualTo(Severity.WARNING);
        assertThat(policy.severityOf(ObjectKind.COLUMN, CHANGED, "type")).isEqualTo(Severity.ERROR);
        assertThat(policy.severityOf(ObjectKind.TABLE, CHANGED, "comment")).isEqualTo(Severity.WARNING);
        assertThat(policy.severityOf(ObjectKind.COLUMN, CHANGED, "comment")).isEqualTo(Severity.INFO);
    }

    @Test
    void a_property_rule_covers_the_dotted_names_under_it_unless_they_have_their_own() {
        SeverityPolicy policy = defaults.withProperty("attributes", Severity.INFO)
                .withProperty("attributes.pg.tablespace", Severity.ERROR)
                .with(ObjectKind.COLUMN, "identity", Severity.WARNING);
        assertThat(policy.severityOf(ObjectKind.TABLE, CHANGED, "attributes.pg.fillfactor")).isEqualTo(Severity.INFO);
        assertThat(policy.severityOf(ObjectKind.TABLE, CHANGED, "attributes.pg.tablespace"))
                .isEqualTo(Severity.ERROR);
        assertThat(policy.severityOf(ObjectKind.COLUMN, CHANGED, "identity.start")).isEqualTo(Severity.WARNING);
    }

    @Test
    void policies_are_values() {
        assertThat(defaults.with(MISSING, Severity.INFO)).isEqualTo(defaults.with(MISSING, Severity.INFO))
                .hasSameHashCodeAs(defaults.with(MISSING, Severity.INFO))
                .isNotEqualTo(defaults);
        assertThat(defaults.severityOf(ObjectKind.TABLE, MISSING, null)).isEqualTo(Severity.ERROR);
    }

    @Test
    void a_misspelt_property_is_refused_with_the_closest_name_instead_of_a_rule_that_never_applies() {
        assertInvalidArgument(() -> defaults.withProperty("grant", Severity.INFO))
                .hasMessageStartingWith("Unknown property 'grant' for a severity rule; did you mean 'grants'?")
                .hasMessageContaining("Known properties: ");
        assertInvalidArgument(() -> defaults.with(ObjectKind.TABLE, "labels", Severity.INFO))
                .hasMessageStartingWith("Unknown property 'labels' of tables for a severity rule")
                .hasMessageContaining("Known properties of tables: ")
                .hasMessageNotContaining("labels,");
        assertInvalidArgument(() -> defaults.with(ObjectKind.COLUMN, "defualt", Severity.INFO))
                .hasMessageContaining("did you mean 'default'?");
        assertInvalidArgument(() -> defaults.withProperty("attributes.", Severity.INFO));
    }

    @Test
    void a_kind_prefixed_name_is_refused_for_every_kind_and_the_rule_for_one_kind_is_named() {
        assertInvalidArgument(() -> defaults.withProperty("column.comment", Severity.INFO))
                .hasMessageContaining("Use with(ObjectKind.COLUMN, \"comment\", severity)");
    }

    @Test
    void every_property_a_diff_compares_takes_a_rule_for_its_kind_and_for_every_kind() {
        for (ObjectKind kind : ObjectKind.values()) {
            for (String property : DiffOptions.knownProperties(kind)) {
                assertThat(defaults.with(kind, property, Severity.INFO).severityOf(kind, CHANGED, property))
                        .as(kind + " " + property).isEqualTo(Severity.INFO);
                assertThat(defaults.withProperty(property, Severity.INFO)).as(property).isNotNull();
            }
        }
        assertThat(defaults.withProperty("attributes.pg.fillfactor", Severity.ERROR)
                .severityOf(ObjectKind.INDEX, CHANGED, "attributes.pg.fillfactor")).isEqualTo(Severity.ERROR);
    }
}
