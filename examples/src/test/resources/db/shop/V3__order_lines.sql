CREATE TABLE order_lines (
    order_id bigint  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line     integer NOT NULL,
    sku      text    NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, line)
);
COMMENT ON TABLE order_lines IS 'One row per product in an order';
