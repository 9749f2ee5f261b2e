-- The next release shows when a user last signed in.
ALTER TABLE users ADD COLUMN last_login_at timestamptz;
