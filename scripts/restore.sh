#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a PostgreSQL database, all or nothing, after checking its
# checksums. The target is the database of HEALTHYSOCIETY_DB_URL/_USER/_PASSWORD or the PG* variables (see
# scripts/backup-common.sh), or the one named with --database on the same server. It must be empty: a database
# that holds tables is refused unless --force is given, which replaces its contents in the same transaction as the
# restore (if anything fails, the old contents stay). The restored objects belong to the user the script connects
# as (--no-owner): connect as the application's database user. Stop the application before restoring its database.
#
# Usage: scripts/restore.sh [--database NAME] [--create] [--force] [--files-to DIR] BACKUP.dump
#          --create        create the database first if it does not exist (needs the CREATEDB privilege)
#          --files-to DIR  also unpack the backup's directory archive into DIR (empty or new, unless --force)
#        scripts/restore.sh --check BACKUP.dump
#          only verify the backup (checksums, readable by pg_restore and tar); touches no database
set -euo pipefail
source "$(dirname "$0")/backup-common.sh"

usage() {
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

database="" create=false force=false check=false files_to="" dump=""
while [ $# -gt 0 ]; do
    case "$1" in
        --database) [ $# -ge 2 ] || usage; database=$2; shift 2 ;;
        --create) create=true; shift ;;
        --force) force=true; shift ;;
        --check) check=true; shift ;;
        --files-to) [ $# -ge 2 ] || usage; files_to=$2; shift 2 ;;
        -h | --help) usage ;;
        -*) echo "unknown option: $1" >&2; usage ;;
        *) [ -z "$dump" ] || usage; dump=$1; shift ;;
    esac
done
[ -n "$dump" ] || usage

find_pg_tools
verify_backup "$dump"
stem=$(backup_stem "$dump")
if $check; then
    echo "$dump is complete and readable: $("$PG_TOOLS/pg_restore" --list "$dump" | grep -c ' TABLE DATA ') tables"
    exit 0
fi

if [ -n "$files_to" ]; then
    [ -f "$stem-files.tar.gz" ] || die "--files-to: this backup holds no directory archive ($stem-files.tar.gz)"
    if [ -d "$files_to" ] && [ -n "$(ls -A "$files_to")" ] && ! $force; then
        die "--files-to: $files_to is not empty (add --force to unpack over it)"
    fi
fi

load_connection
[ -z "$database" ] || export PGDATABASE=$database
if ! run_psql -c 'select 1' >/dev/null 2>&1; then
    $create || die "cannot connect to database '$PGDATABASE' (does it exist? --create creates it)"
    "$PG_TOOLS/createdb" "$PGDATABASE"
    echo "Created database '$PGDATABASE'"
fi

objects=$(run_psql -tA -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'")
if [ "$objects" -eq 0 ]; then
    # --single-transaction: the database stays empty if anything fails; --exit-on-error: no half restore that
    # reports success. No owners and grants from the source server: its roles need not exist here.
    "$PG_TOOLS/pg_restore" --dbname="$PGDATABASE" --no-owner --no-privileges --exit-on-error --single-transaction \
        "$dump"
elif $force; then
    echo "Database '$PGDATABASE' holds $objects tables, indexes and sequences: replacing them (--force)"
    # pg_restore cannot empty a database in its own transaction, so its SQL goes through psql inside one that
    # first drops the schema. COMMIT is sent only when pg_restore produced the whole dump: when it stops early,
    # psql ends without it and PostgreSQL rolls everything back, the old contents included.
    {
        echo 'begin;'
        echo 'set client_min_messages = warning;'
        echo 'drop schema public cascade;'
        # As a new database has it (PostgreSQL 15): owned by whoever owns the database, usable by everyone.
        echo 'create schema public authorization pg_database_owner;'
        echo 'grant usage on schema public to public;'
        "$PG_TOOLS/pg_restore" --file=- --no-owner --no-privileges "$dump" && echo 'commit;'
    } | run_psql >/dev/null
else
    die "database '$PGDATABASE' is not empty ($objects tables, indexes and sequences): restore into an empty database, or add --force to replace its contents"
fi
# pg_restore leaves the planner without statistics until autovacuum comes by; the application's queries need them.
run_psql -c 'set client_min_messages = error' -c 'analyze'
echo "Restored $dump into database '$PGDATABASE'"

if [ -n "$files_to" ]; then
    umask 077
    mkdir -p "$files_to"
    tar -xzf "$stem-files.tar.gz" -C "$files_to"
    echo "Unpacked $stem-files.tar.gz into $files_to"
elif [ -f "$stem-files.tar.gz" ]; then
    echo "note: $stem-files.tar.gz was not unpacked (use --files-to DIR)"
fi
