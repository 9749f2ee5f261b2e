-- Reference data the application cannot run without: a shop that ships nowhere sells nothing.
CREATE TABLE countries (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name text NOT NULL
);
INSERT INTO countries (code, name) VALUES ('DE', 'Germany'), ('FR', 'France'), ('IT', 'Italy'), ('NL', 'Netherlands');

ALTER TABLE users ADD COLUMN country_code text REFERENCES countries (code);
CREATE INDEX users_country_code_idx ON users (country_code);
