-- Users, with names a careless tool would mangle: mixed case, a hyphen, a space.
CREATE TABLE "Users" (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "E-mail" text NOT NULL,
    "display name" varchar(100)
);
CREATE UNIQUE INDEX "Users_email_key" ON "Users" ("E-mail");
COMMENT ON TABLE "Users" IS 'People who can log in';
