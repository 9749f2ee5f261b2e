package io.drift.postgres.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.model.ObjectPath;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void reads_names_as_the_server_renders_them() {
        assertThat(Identifiers.parse("public.orders")).containsExactly("public", "orders");
        assertThat(Identifiers.parse("\"Sales Ü\".\"Order \"\"Items\"\", 1\""))
                .containsExactly("Sales Ü", "Order \"Items\", 1");
        assertThat(Identifiers.parse("\"a.b\".\"c\"\"\"")).containsExactly("a.b", "c\"");
        assertThat(Identifiers.unquote("\"Cust Id\"")).isEqualTo("Cust Id");
    }

    @Test
    void a_relation_drops_the_schema_pg_index_health_puts_in_front_of_a_qualified_name() {
        assertThat(Identifiers.relation("sales ü.\"Sales Ü\".orders")).isEqualTo(ObjectPath.of("Sales Ü", "orders"));
        assertThat(Identifiers.relationSql("sales ü.\"Sales Ü\".orders")).isEqualTo("\"Sales Ü\".orders");
        assertThat(Identifiers.relationSql("app.\"a.b\"")).isEqualTo("app.\"a.b\"");
        assertThat(Identifiers.relation("app.orders")).isEqualTo(ObjectPath.of("app", "orders"));
    }

    @Test
    void refuses_what_the_server_does_not_render() {
        assertThatThrownBy(() -> Identifiers.parse("\"open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifiers.parse("a..b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifiers.relation("orders")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotes_string_literals() {
        assertThat(Identifiers.literal("it's")).isEqualTo("'it''s'");
    }
}
