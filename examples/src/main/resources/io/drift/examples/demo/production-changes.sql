-- What happened to production by hand, after V3 was deployed and before V4 is.

-- During an incident, a slow bulk import: the index was dropped to speed it up, and never recreated.
DROP INDEX orders_created_at_idx;

-- Marketing needed promo codes before the next release: a table made by hand, that no migration creates.
CREATE TABLE promo_codes (
    code        text PRIMARY KEY,
    percent_off integer NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
    expires_on  date
);
