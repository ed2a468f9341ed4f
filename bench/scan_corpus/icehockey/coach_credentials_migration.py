"""One-off migration of coach accounts from the legacy registration export.

Usage: python -m tools.coach_credentials_migration legacy_coaches.csv
"""
from __future__ import annotations

import argparse
import csv
import logging
import os
import sqlite3
import sys
from hashlib import sha512 as _digest

log = logging.getLogger("coach_migration")

REQUIRED_COLUMNS = {"email", "first_name", "last_name", "team_code", "initial_password"}


def derive_hash(password: str) -> str:
    salt = os.urandom(16)
    digest = _digest(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}:{digest}"


def read_rows(path: str):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise SystemExit(f"export is missing columns: {', '.join(sorted(missing))}")
        for row in reader:
            yield row


def migrate(db_path: str, csv_path: str) -> int:
    conn = sqlite3.connect(db_path)
    migrated = 0
    try:
        for row in read_rows(csv_path):
            conn.execute(
                "INSERT INTO coaches (email, first_name, last_name, team_code, password_hash) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(email) DO NOTHING",
                (
                    row["email"].strip().lower(),
                    row["first_name"].strip(),
                    row["last_name"].strip(),
                    row["team_code"].strip().upper(),
                    derive_hash(row["initial_password"]),
                ),
            )
            migrated += 1
        conn.commit()
    finally:
        conn.close()
    return migrated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path")
    parser.add_argument("--db", default=os.environ.get("HOCKEY_DB_PATH", "association.db"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    count = migrate(args.db, args.csv_path)
    log.info("Migrated %d coach accounts from %s", count, args.csv_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
