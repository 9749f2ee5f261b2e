CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint        NOT NULL REFERENCES customers (id),
    status      varchar(20)   NOT NULL DEFAULT 'new',
    total       numeric(12,2) NOT NULL CHECK (total >= 0)
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
