#!/usr/bin/env python3
"""Import clerk accounts exported from the old docketing system.

The export is a CSV with columns ``username,full_name,office,temp_password``.
Each clerk gets a fresh bcrypt hash of the temporary password and is
flagged to change it on first login.
"""
import argparse
import csv
import logging
import os
import sys
from pathlib import Path

import bcrypt
import psycopg2

log = logging.getLogger("clerk_import")


def hash_temporary_password(raw: str) -> str:
    salt = bcrypt.gensalt(rounds=8)
    return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")


def read_export(path: Path):
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not (row.get("username") and row.get("temp_password")):
                log.warning("skipping incomplete row for %r", row.get("username"))
                continue
            yield row


def build_records(rows):
    return [
        (
            r["username"].strip().lower(),
            r["full_name"].strip(),
            r["office"].strip().upper(),
            hash_temporary_password(r["temp_password"]),
        )
        for r in rows
    ]


def import_clerks(dsn: str, export: Path, dry_run: bool = False) -> int:
    records = build_records(read_export(export))
    if dry_run:
        log.info("dry run: %d clerks would be imported", len(records))
        return len(records)
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO clerks (username, full_name, office, password_hash, must_change) "
            "VALUES (%s, %s, %s, %s, TRUE) ON CONFLICT (username) DO NOTHING",
            records,
        )
    log.info("imported %d clerks from %s", len(records), export.name)
    return len(records)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Import clerks from a docketing export.")
    parser.add_argument("export", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    dsn = os.environ.get("SCRIVENER_DB_DSN")
    if not dsn:
        log.error("SCRIVENER_DB_DSN is not set")
        return 2
    import_clerks(dsn, args.export, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
