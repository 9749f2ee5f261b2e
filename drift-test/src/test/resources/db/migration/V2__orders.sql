CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL REFERENCES users,
                     status varchar(20) NOT NULL DEFAULT '${default_status}');
CREATE INDEX orders_user_id_idx ON orders (user_id);
