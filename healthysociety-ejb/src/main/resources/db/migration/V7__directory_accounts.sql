-- Municipal employees log in with their intranet (directory) account. Their account row is made at the first
-- login and kept in step with the directory at each login; it has no password of its own.
alter table account add column source varchar(20) default 'LOCAL' not null;
