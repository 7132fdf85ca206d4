-- Two-factor login with a time-based one-time code (TOTP, RFC 6238): the shared key of an account that has set it
-- up, and the last time step whose code was used to log in, so that a code works only once.
alter table account add column totp_secret varchar(64);
alter table account add column totp_last_step bigint;
