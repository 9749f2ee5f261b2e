-- Unicode names, and a quote inside one.
CREATE TABLE "café_menü" (
    "naïve ""item""" text PRIMARY KEY,
    price numeric(8, 2) CHECK (price >= 0)
);
