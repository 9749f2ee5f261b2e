-- The same schema after a few months of hand fixes in production.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'refunded');   -- a value added by hand

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      varchar(255)         UNIQUE,                 -- type changed, NOT NULL dropped
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint        NOT NULL REFERENCES customers (id),
    status      order_status  NOT NULL DEFAULT 'new',
    total       numeric(12,2) NOT NULL CHECK (total >= 0)
);
-- orders_customer_id_idx was dropped "temporarily"

CREATE TABLE orders_backup_2024 (LIKE orders);                -- left behind after an incident

CREATE VIEW paid_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'paid';
