-- A Django-style shop, as `manage.py migrate` leaves it: serial ids, varchar(n), check constraints from
-- PositiveIntegerField, DEFERRABLE INITIALLY DEFERRED foreign keys, owned sequences, "like" indexes, M2M tables.
CREATE TABLE django_content_type (
    id serial NOT NULL PRIMARY KEY,
    app_label varchar(100) NOT NULL,
    model varchar(100) NOT NULL,
    CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model)
);
CREATE TABLE django_migrations (
    id bigserial NOT NULL PRIMARY KEY,
    app varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);
CREATE TABLE auth_user (
    id serial NOT NULL PRIMARY KEY,
    password varchar(128) NOT NULL,
    last_login timestamp with time zone NULL,
    is_superuser boolean NOT NULL,
    username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL,
    last_name varchar(150) NOT NULL,
    email varchar(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL
);
CREATE INDEX auth_user_username_6821ab7c_like ON auth_user (username varchar_pattern_ops);

CREATE TABLE shop_category (
    id serial NOT NULL PRIMARY KEY,
    name varchar(80) NOT NULL,
    slug varchar(50) NOT NULL UNIQUE,
    parent_id integer NULL,
    sort_order integer NOT NULL CHECK (sort_order >= 0)
);
ALTER TABLE shop_category ADD CONSTRAINT shop_category_parent_id_fk_shop_category_id
    FOREIGN KEY (parent_id) REFERENCES shop_category (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX shop_category_parent_id_7ad4d7c0 ON shop_category (parent_id);
CREATE INDEX shop_category_slug_like ON shop_category (slug varchar_pattern_ops);

CREATE TABLE shop_product (
    id serial NOT NULL PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    name varchar(200) NOT NULL,
    description text NOT NULL,
    price numeric(10, 2) NOT NULL,
    stock integer NOT NULL CONSTRAINT shop_product_stock_check CHECK (stock >= 0),
    weight_grams integer NULL CONSTRAINT shop_product_weight_grams_check CHECK (weight_grams >= 0),
    is_published boolean NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    category_id integer NOT NULL,
    CONSTRAINT shop_product_price_positive CHECK (price > 0::numeric)
);
ALTER TABLE shop_product ADD CONSTRAINT shop_product_category_id_fk_shop_category_id
    FOREIGN KEY (category_id) REFERENCES shop_category (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX shop_product_category_id_3f7c6b7d ON shop_product (category_id);
CREATE INDEX shop_product_sku_like ON shop_product (sku varchar_pattern_ops);

CREATE TABLE shop_product_related (
    id serial NOT NULL PRIMARY KEY,
    from_product_id integer NOT NULL,
    to_product_id integer NOT NULL,
    CONSTRAINT shop_product_related_from_to_uniq UNIQUE (from_product_id, to_product_id)
);
ALTER TABLE shop_product_related ADD CONSTRAINT shop_product_related_from_fk
    FOREIGN KEY (from_product_id) REFERENCES shop_product (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE shop_product_related ADD CONSTRAINT shop_product_related_to_fk
    FOREIGN KEY (to_product_id) REFERENCES shop_product (id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE shop_order (
    id serial NOT NULL PRIMARY KEY,
    number varchar(20) NOT NULL UNIQUE,
    status varchar(16) NOT NULL DEFAULT 'new',
    customer_id integer NOT NULL,
    total numeric(12, 2) NOT NULL DEFAULT 0,
    placed_at timestamp with time zone NULL,
    notes text NOT NULL DEFAULT '',
    CONSTRAINT shop_order_status_valid CHECK (status IN ('new', 'paid', 'shipped', 'cancelled'))
);
ALTER TABLE shop_order ADD CONSTRAINT shop_order_customer_id_fk_auth_user_id
    FOREIGN KEY (customer_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX shop_order_customer_id_idx ON shop_order (customer_id);
CREATE INDEX shop_order_open_idx ON shop_order (placed_at) WHERE status IN ('new', 'paid');

CREATE TABLE shop_orderline (
    id serial NOT NULL PRIMARY KEY,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL CHECK (quantity >= 0),
    unit_price numeric(10, 2) NOT NULL,
    line_total numeric(12, 2) GENERATED ALWAYS AS (quantity * unit_price) STORED
);
ALTER TABLE shop_orderline ADD CONSTRAINT shop_orderline_order_id_fk
    FOREIGN KEY (order_id) REFERENCES shop_order (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE shop_orderline ADD CONSTRAINT shop_orderline_product_id_fk
    FOREIGN KEY (product_id) REFERENCES shop_product (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX shop_orderline_order_id_idx ON shop_orderline (order_id);

-- An invoice number sequence owned by its column, as a hand-written RunSQL migration would make it.
CREATE SEQUENCE shop_invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 MAXVALUE 99999999 CACHE 1;
CREATE TABLE shop_invoice (
    id serial NOT NULL PRIMARY KEY,
    order_id integer NOT NULL UNIQUE REFERENCES shop_order (id) DEFERRABLE INITIALLY DEFERRED,
    invoice_number integer NOT NULL DEFAULT nextval('shop_invoice_number_seq'),
    issued_on date NOT NULL DEFAULT CURRENT_DATE,
    amount numeric(12, 2) NOT NULL
);
ALTER SEQUENCE shop_invoice_number_seq OWNED BY shop_invoice.invoice_number;

CREATE VIEW shop_order_summary AS
SELECT o.id, o.number, o.status, count(l.id) AS lines, coalesce(sum(l.line_total), 0) AS total
FROM shop_order o LEFT JOIN shop_orderline l ON l.order_id = o.id
GROUP BY o.id, o.number, o.status;

COMMENT ON TABLE shop_product IS 'Things we sell';
COMMENT ON COLUMN shop_product.sku IS 'Stock keeping unit';
