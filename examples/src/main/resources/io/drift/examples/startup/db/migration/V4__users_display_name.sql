-- The latest release shows a name instead of an e-mail address.
ALTER TABLE users ADD COLUMN display_name text;
