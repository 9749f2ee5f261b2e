package io.drift.jpa.internal;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming (its {@code SpringImplicitNamingStrategy}), without depending on Spring: JPA's
 * defaults, except that a join table is named after the owning table and the owning attribute ({@code orders_items})
 * rather than after both tables.
 */
public final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;

    /** Instantiated by Hibernate from its class name. */
    public SpringImplicitNaming() {
    }

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
