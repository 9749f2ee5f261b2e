package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Column;
import io.drift.core.model.CompositeType;
import io.drift.core.model.Domain;
import io.drift.core.model.EnumType;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class TypeCaptureIT {

    private static Snapshot snapshot;

    @BeforeAll
    static void capture(TestDatabase db) {
        snapshot = KindsFixture.load(db).snapshot();
    }

    @Test
    void enum_labels_are_in_sort_order_not_creation_order() {
        EnumType mood = (EnumType) snapshot.find(ObjectKind.ENUM, ObjectPath.of("kinds", "mood")).orElseThrow();
        assertThat(mood.labels()).containsExactly("sad", "meh", "ok", "happy");
        assertThat(mood.comment()).isEqualTo("How it went");
        assertThat(mood.owner()).isNotBlank();
        assertThat(mood.attributes().values()).containsEntry("pg.grant.drift_app", "USAGE")
                .containsEntry("pg.grant.PUBLIC", "USAGE");
    }

    @Test
    void a_domain_has_its_base_type_default_not_null_collation_and_checks() {
        Domain email = (Domain) snapshot.find(ObjectKind.DOMAIN, ObjectPath.of("kinds", "email")).orElseThrow();
        assertThat(email.baseType()).isEqualTo("text");
        assertThat(email.defaultExpression()).isEqualTo("'nobody@example.com'");
        assertThat(email.notNull()).isTrue();
        assertThat(email.collation()).isEqualTo("C");
        assertThat(email.comment()).isEqualTo("An address with an at sign");
        assertThat(email.constraints()).containsExactly(
                new CheckConstraint("email_has_at", "VALUE ~~ '%@%'::text", true, false, null, null),
                new CheckConstraint("email_short", "length(VALUE) < 200", false, false, null, null));
        // REVOKE USAGE FROM PUBLIC leaves no grant at all: the attribute is gone.
        assertThat(email.attributes().values()).doesNotContainKey("pg.grant.PUBLIC");

        Domain amount = (Domain) snapshot.find(ObjectKind.DOMAIN, ObjectPath.of("kinds", "amount")).orElseThrow();
        assertThat(amount.baseType()).isEqualTo("numeric(12,2)");
        assertThat(amount.notNull()).isFalse();
        assertThat(amount.collation()).isNull();
        assertThat(amount.defaultExpression()).isNull();
        assertThat(amount.constraints()).extracting(CheckConstraint::expression).containsExactly("VALUE >= 0::numeric");
        assertThat(amount.attributes().values()).containsEntry("pg.grant.PUBLIC", "USAGE");
    }

    @Test
    void a_composite_type_has_its_live_fields_in_order() {
        CompositeType address = (CompositeType) snapshot.find(ObjectKind.COMPOSITE_TYPE,
                ObjectPath.of("kinds", "address")).orElseThrow();
        assertThat(address.fields()).extracting(Column::name).containsExactly("street", "city", "country");
        assertThat(address.fields()).extracting(Column::position).containsExactly(1, 2, 3);
        assertThat(address.fields()).extracting(Column::type)
                .containsExactly("text", "character varying(40)", "character(2)");
        assertThat(address.fields()).extracting(Column::collation).containsExactly(null, "C", null);
        assertThat(address.fields().get(1).comment()).isEqualTo("Town or city");
        assertThat(address.comment()).isEqualTo("A postal address");
    }

    @Test
    void row_types_of_relations_and_array_types_are_not_types() {
        // kinds.money_amount is the type the fixture's casts and operators are for
        assertThat(snapshot.compositeTypes()).extracting(t -> t.path().toString())
                .containsExactly("kinds.address", "kinds.money_amount");
        assertThat(snapshot.enums()).extracting(t -> t.path().toString()).containsExactly("kinds.mood");
        assertThat(snapshot.domains()).extracting(t -> t.path().toString())
                .containsExactly("kinds.amount", "kinds.email");
    }
}
