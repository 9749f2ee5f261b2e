-- The schema the application expects: what its migrations create.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text        NOT NULL UNIQUE,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint        NOT NULL REFERENCES customers (id),
    status      order_status  NOT NULL DEFAULT 'new',
    total       numeric(12,2) NOT NULL CHECK (total >= 0)
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE VIEW paid_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'paid';
