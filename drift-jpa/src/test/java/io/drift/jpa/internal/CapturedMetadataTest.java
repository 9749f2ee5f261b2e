package io.drift.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.Check;
import io.drift.core.diff.Differ;
import io.drift.core.spi.CheckProvider;
import io.drift.jpa.JpaCheckProvider;
import io.drift.jpa.JpaSchemaSource;
import io.drift.jpa.sample.Shop;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/** The services drift-jpa registers: Hibernate's integrator and Drift's check provider, found as a runtime finds them. */
class CapturedMetadataTest {

    @Test
    void hibernate_finds_the_integrator_which_reads_each_factory_s_metamodel_and_forgets_it_on_close() {
        // A factory built without a database: the dialect is given and JDBC metadata is not read at boot.
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(Bootstrap.offline(java.util.Map.of(
                        "hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                        "hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName())))
                .build();
        SessionFactoryImplementor sf;
        try {
            MetadataSources sources = new MetadataSources(registry);
            Shop.classes().forEach(sources::addAnnotatedClass);
            SessionFactory factory = sources.buildMetadata().buildSessionFactory();
            sf = factory.unwrap(SessionFactoryImplementor.class);
            assertThat(CapturedMetadata.find(sf)).isNotNull();
            assertThat(Differ.standard().diff(JpaSchemaSource.builder().entities(Shop.classes())
                    .naming(JpaSchemaSource.Naming.SPRING).build().load(), JpaSchemaSource.of(sf).load())
                    .differences()).isEmpty();
            factory.close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        assertThat(CapturedMetadata.find(sf)).isNull();
    }

    @Test
    void the_check_provider_is_listed_for_service_loading() {
        List<String> ids = new ArrayList<>();
        for (CheckProvider provider : ServiceLoader.load(CheckProvider.class)) {
            if (provider instanceof JpaCheckProvider) {
                provider.checks().forEach(c -> ids.add(c.id()));
            }
        }
        assertThat(ids).containsExactly("jpa.model");
        Check discovered = new JpaCheckProvider().checks().get(0);
        assertThat(discovered.enabledByDefault()).isFalse();
        assertThat(discovered.optionNames()).contains("packages", "classes", "persistence-unit", "classpath",
                "unmapped-severity", "exclude");
        assertThat(discovered.codes()).extracting(c -> c.code()).contains("JPA-TABLE-MISSING", "JPA-COLUMN-MISSING",
                "JPA-COLUMN-TYPE", "JPA-NULLABILITY", "JPA-TABLE-UNMAPPED");
    }
}
