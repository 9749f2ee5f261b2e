package io.drift.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;
import io.drift.core.diff.Severity;
import io.drift.core.model.Column;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.jpa.sample.Shop;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The expected schema read from the sample entities, with no database anywhere. */
class JpaSchemaSourceTest {

    private static final Snapshot SHOP = JpaSchemaSource.builder().entities(Shop.classes())
            .naming(JpaSchemaSource.Naming.SPRING).build().load();

    private static Table table(String name) {
        return SHOP.table(ObjectPath.of("public", name));
    }

    private static Column column(String table, String column) {
        return table(table).findColumn(column).orElseThrow();
    }

    @Test
    void every_table_of_the_model_with_inheritance_collections_and_join_tables() {
        assertThat(SHOP.tables()).extracting(t -> t.path().toString()).containsExactly(
                "public.bank_transfers", "public.card_payments", "public.categories", "public.customer_tags",
                "public.customers", "public.documents", "public.order_lines", "public.orders", "public.payments",
                "public.product_categories", "public.products", "public.stock", "public.warehouse_docks",
                "public.warehouses");
        assertThat(SHOP.sequences()).extracting(s -> s.path() + " by " + s.options().increment())
                .containsExactly("public.orders_seq by 50", "public.product_seq by 20");
    }

    @Test
    void columns_carry_the_dialect_s_type_spelled_as_the_catalog_spells_it() {
        assertThat(column("customers", "email").type()).isEqualTo("character varying(255)");
        assertThat(column("customers", "created_at").type()).isEqualTo("timestamp(6) with time zone");
        assertThat(column("products", "price").type()).isEqualTo("numeric(10,2)");
        assertThat(column("warehouses", "id").type()).isEqualTo("uuid");
        assertThat(column("documents", "issued_on").type()).isEqualTo("date");
    }

    @Test
    void nullability_follows_the_mapping_and_single_table_subclass_columns_are_nullable() {
        assertThat(column("customers", "name").nullable()).isFalse();
        assertThat(column("customers", "street").nullable()).isTrue();
        assertThat(column("order_lines", "quantity").nullable()).isFalse();      // primitive int
        assertThat(column("documents", "invoice_number").nullable()).isTrue();   // SINGLE_TABLE subclass
        assertThat(column("orders", "customer_id").nullable()).isFalse();        // optional = false
        assertThat(column("order_lines", "quantity").attributes().find("jpa.javaType")).hasValue("int");
        assertThat(column("customers", "postal_code").attributes().find("jpa.attribute"))
                .hasValue("Customer.address.postalCode");
    }

    @Test
    void keys_and_indexes_as_declared() {
        assertThat(table("stock").primaryKey().orElseThrow().columns()).containsExactly("product_id", "warehouse_id");
        assertThat(table("products").indexes()).extracting(i -> i.name() + " " + i.keys())
                .containsExactly("idx_products_name [name]");
        assertThat(table("products").constraints()).filteredOn(c -> c.kind() == ObjectKind.UNIQUE_CONSTRAINT)
                .hasSize(2);
        assertThat(table("card_payments").constraints()).filteredOn(c -> c.kind() == ObjectKind.FOREIGN_KEY)
                .extracting(c -> ((io.drift.core.model.ForeignKey) c).referencedTable().toString())
                .containsExactly("public.payments");
    }

    @Test
    void unqualified_tables_go_where_the_caller_says() {
        Snapshot app = JpaSchemaSource.builder().entities(Shop.classes()).naming(JpaSchemaSource.Naming.SPRING)
                .defaultSchema("app").build().load();
        assertThat(app.findTable(ObjectPath.of("app", "orders"))).isPresent();
        Table lines = app.table(ObjectPath.of("app", "order_lines"));
        assertThat(lines.constraints()).filteredOn(c -> c.kind() == ObjectKind.FOREIGN_KEY)
                .allSatisfy(c -> assertThat(((io.drift.core.model.ForeignKey) c).referencedTable().first())
                        .isEqualTo("app"));
    }

    @Test
    void hibernate_naming_keeps_attribute_names_folded_to_lower_case() {
        Snapshot plain = JpaSchemaSource.builder().entities(Shop.classes()).build().load();
        assertThat(plain.table(ObjectPath.of("public", "customers")).findColumn("createdat")).isPresent();
        assertThat(plain.table(ObjectPath.of("public", "customers")).findColumn("postalcode")).isPresent();
    }

    @Test
    void packages_are_scanned_for_entities() {
        Snapshot scanned = JpaSchemaSource.builder().packages("io.drift.jpa.sample")
                .naming(JpaSchemaSource.Naming.SPRING).build().load();
        assertThat(io.drift.core.diff.Differ.standard().diff(SHOP, scanned).differences()).isEmpty();
        assertThat(scanned).isEqualTo(SHOP);
    }

    @Test
    void a_persistence_unit_is_read_without_connecting_to_its_database() {
        // The unit's URL names a host that does not exist and asks for drop-and-create: neither may happen.
        JpaSchemaSource unit = JpaSchemaSource.builder().persistenceUnit("shop").build();
        assertThat(unit.description()).isEqualTo("the entities of persistence unit 'shop'");
        assertThat(io.drift.core.diff.Differ.standard().diff(SHOP, unit.load()).differences()).isEmpty();
    }

    @Test
    void nullability_severity_depends_on_direction_and_primitives() {
        assertThat(JpaSchemaSource.nullability(false, true, "int")).isEqualTo(Severity.ERROR);
        assertThat(JpaSchemaSource.nullability(false, true, "Integer")).isEqualTo(Severity.WARNING);
        assertThat(JpaSchemaSource.nullability(true, false, "String")).isEqualTo(Severity.WARNING);
    }

    @Test
    void bad_input_is_one_clear_error() {
        assertThatThrownBy(() -> JpaSchemaSource.builder().build()).isInstanceOf(DriftException.class)
                .hasMessageContaining("No entities to read");
        assertThatThrownBy(() -> JpaSchemaSource.builder().persistenceUnit("app").entities(String.class).build())
                .hasMessageContaining("either the persistence unit");
        assertThatThrownBy(() -> JpaSchemaSource.builder().packages("io.drift.nowhere").build().load())
                .isInstanceOf(DriftException.class).hasMessageContaining("No entity in package io.drift.nowhere");
        assertThatThrownBy(() -> JpaSchemaSource.builder().persistenceUnit("missing").build().load())
                .hasMessageContaining("persistence unit 'missing'");
        assertThatThrownBy(() -> JpaModelCheck.fromOptions(CheckOptions.of("jpa.model",
                Map.of("classes", "com.acme.Nope")))).hasMessageContaining("com.acme.Nope is not on the class path");
        assertThatThrownBy(() -> JpaModelCheck.fromOptions(CheckOptions.of("jpa.model",
                Map.of("packages", "x", "naming", "rails")))).hasMessageContaining("hibernate or spring");
        assertThatThrownBy(() -> JpaModelCheck.fromOptions(CheckOptions.of("jpa.model",
                Map.of("packages", "x", "classpath", "/no/such/dir")))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> JpaModelCheck.fromOptions(CheckOptions.of("jpa.model",
                Map.of("packages", "x", "hibernate-properties", List.of("novalue")))))
                .hasMessageContaining("key=value");
    }

    @Test
    void identifiers_are_quoted_as_quote_ident_does() {
        assertThat(JpaModelCheck.ident("orders")).isEqualTo("orders");
        assertThat(JpaModelCheck.ident("user")).isEqualTo("\"user\"");
        assertThat(JpaModelCheck.ident("Order Lines")).isEqualTo("\"Order Lines\"");
        assertThat(JpaModelCheck.ident("a\"b")).isEqualTo("\"a\"\"b\"");
    }
}
