-- Orders, each placed by a user.
CREATE TABLE orders (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint        NOT NULL REFERENCES users (id),
    status     text          NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped')),
    total      numeric(12,2) NOT NULL CHECK (total >= 0),
    created_at timestamptz   NOT NULL DEFAULT now()
);
-- A user's orders, and the foreign key's lookups when a user is deleted.
CREATE INDEX orders_user_id_idx ON orders (user_id);
-- The back office lists the latest orders.
CREATE INDEX orders_created_at_idx ON orders (created_at);
