package io.drift.jpa.sample;

import java.util.List;

/** The sample model: a dozen entities with every kind of mapping drift-jpa reads. */
public final class Shop {
    private Shop() {
    }

    /** @return every entity, embeddable and mapped superclass */
    public static List<Class<?>> classes() {
        return List.of(Audited.class, Address.class, Customer.class, Category.class, Product.class,
                PurchaseOrder.class, OrderLine.class, Payment.class, CardPayment.class, BankTransfer.class,
                Document.class, Invoice.class, CreditNote.class, Warehouse.class, StockKey.class, Stock.class);
    }
}
