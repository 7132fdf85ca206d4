-- Failed logins per account and per source address, to slow down and then block password guessing. Keys are
-- SHA-256 hashes, so the table holds no login names or addresses.
create table login_throttle (
    key_hash      varchar(64) primary key,
    failures      integer     not null,
    window_start  timestamp(6) with time zone not null,
    blocked_until timestamp(6) with time zone
);
