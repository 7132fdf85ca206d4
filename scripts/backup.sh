#!/usr/bin/env bash
# Backs up the platform's PostgreSQL database (and, optionally, a directory of files) into one timestamped set:
#   healthysociety-<UTC time>.dump            pg_dump in custom format (compressed; restore with scripts/restore.sh)
#   healthysociety-<UTC time>-files.tar.gz    the directory given with --files, if any
#   healthysociety-<UTC time>.sha256          checksums of the above, written last: without it a backup is incomplete
# The connection comes from HEALTHYSOCIETY_DB_URL/_USER/_PASSWORD or the standard PG* variables (see
# scripts/backup-common.sh). The backup is read back (checksums, pg_restore --list) before the script reports success.
# Everything in the set is personal data: the files are created readable by their owner only.
#
# Usage: scripts/backup.sh --output DIR [--files DIR] [-- extra pg_dump options]
#        (HEALTHYSOCIETY_BACKUP_DIR may stand in for --output)
set -euo pipefail
source "$(dirname "$0")/backup-common.sh"

usage() {
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

output=${HEALTHYSOCIETY_BACKUP_DIR:-}
files_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --output) [ $# -ge 2 ] || usage; output=$2; shift 2 ;;
        --files) [ $# -ge 2 ] || usage; files_dir=$2; shift 2 ;;
        --) shift; break ;;
        -h | --help) usage ;;
        *) echo "unknown option: $1" >&2; usage ;;
    esac
done

[ -n "$output" ] || usage
find_pg_tools
load_connection
[ -z "$files_dir" ] || [ -d "$files_dir" ] || die "--files: no such directory: $files_dir"

umask 077
mkdir -p "$output"
stem="$output/healthysociety-$(date -u +%Y%m%dT%H%M%SZ)"
[ ! -e "$stem.dump" ] || die "$stem.dump already exists"
partial=()
cleanup() { [ ${#partial[@]} -eq 0 ] || rm -f "${partial[@]}"; }
trap cleanup EXIT

# Written under a temporary name and renamed when complete, so an interrupted run never leaves a file that looks
# like a backup. pg_dump reads the whole database in one snapshot, so the dump is consistent while the
# application keeps running.
partial+=("$stem.dump.partial")
"$PG_TOOLS/pg_dump" --format=custom --compress=6 --file="$stem.dump.partial" "$@"
names=("$(basename "$stem.dump")")
if [ -n "$files_dir" ]; then
    partial+=("$stem-files.tar.gz.partial")
    tar -czf "$stem-files.tar.gz.partial" -C "$files_dir" .
    names+=("$(basename "$stem-files.tar.gz")")
fi
mv "$stem.dump.partial" "$stem.dump"
partial+=("$stem.dump")
[ -z "$files_dir" ] || { mv "$stem-files.tar.gz.partial" "$stem-files.tar.gz"; partial+=("$stem-files.tar.gz"); }
(cd "$output" && sha256sum "${names[@]}") >"$stem.sha256.partial"
partial+=("$stem.sha256.partial")
mv "$stem.sha256.partial" "$stem.sha256"
partial+=("$stem.sha256")

verify_backup "$stem.dump"
partial=()
echo "$stem.dump"
