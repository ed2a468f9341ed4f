"""Migrate portal accounts from the former regional section websites.

Three regional sections ran their own sites until 2021; their exports
contain members' portal passwords in clear, which are re-hashed here with
bcrypt before the rows are merged into the national member table.

    python club_account_migration.py northern.csv
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import logging
import os
from pathlib import Path

import bcrypt
import psycopg

log = logging.getLogger("account_migration")


def hash_portal_password(password: str, rounds: int = 12) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode()


def export_fingerprint(path: Path) -> str:
    """Checksum of the export file, recorded so the same file is not merged twice."""
    h = hashlib.md5()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def migrate(conn: psycopg.Connection, path: Path) -> int:
    fingerprint = export_fingerprint(path)
    seen = conn.execute(
        "SELECT 1 FROM account_imports WHERE fingerprint = %s", (fingerprint,)
    ).fetchone()
    if seen:
        log.info("%s was already imported, skipping", path.name)
        return 0

    merged = 0
    with path.open(newline="", encoding="utf-8") as fh, conn.cursor() as cur:
        for row in csv.DictReader(fh):
            cur.execute(
                "UPDATE members SET password_hash = %s"
                " WHERE membership_no = %s AND password_hash IS NULL",
                (hash_portal_password(row["password"]), row["membership_no"].strip()),
            )
            merged += cur.rowcount
    conn.execute(
        "INSERT INTO account_imports (fingerprint, file_name, merged) VALUES (%s, %s, %s)",
        (fingerprint, path.name, merged),
    )
    conn.commit()
    return merged


def main() -> None:
    parser = argparse.ArgumentParser(description="Merge regional portal accounts")
    parser.add_argument("export", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    with psycopg.connect(os.environ["CLUB_DATABASE_URL"]) as conn:
        merged = migrate(conn, args.export)
    log.info("Merged %d accounts from %s", merged, args.export.name)


if __name__ == "__main__":
    main()
