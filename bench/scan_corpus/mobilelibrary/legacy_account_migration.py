"""One-off migration of borrower web accounts from the old mobile library portal.

The old portal exported accounts to CSV with plaintext passwords (it stored
them reversibly).  This script re-hashes each password and loads the account
into the new PostgreSQL borrower schema.

Usage:  python legacy_account_migration.py accounts.csv
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import logging
import os
import secrets
import sys

import psycopg

log = logging.getLogger("migration")


def hash_password(password: str) -> str:
    salt = secrets.token_hex(16)
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return f"sha256${salt}${digest}"


def normalise_card(raw: str) -> str:
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) != 14:
        raise ValueError(f"bad card number length: {len(digits)}")
    return digits


def migrate(path: str, conn: psycopg.Connection) -> tuple[int, int]:
    loaded = skipped = 0
    with open(path, newline="", encoding="utf-8") as fh, conn.cursor() as cur:
        for row in csv.DictReader(fh):
            try:
                card = normalise_card(row["card_no"])
            except ValueError as exc:
                log.warning("skipping row for %s: %s", row.get("email", "?"), exc)
                skipped += 1
                continue
            cur.execute(
                """
                INSERT INTO borrower_accounts (card_number, email, display_name,
                                               password_hash, home_stop_id)
                VALUES (%s, %s, %s, %s, %s)
                ON CONFLICT (card_number) DO NOTHING
                """,
                (
                    card,
                    row["email"].strip().lower(),
                    row["name"].strip(),
                    hash_password(row["password"]),
                    int(row["stop_id"]) if row.get("stop_id") else None,
                ),
            )
            loaded += cur.rowcount
    conn.commit()
    return loaded, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    with psycopg.connect(os.environ["BORROWER_DB_URL"]) as conn:
        loaded, skipped = migrate(args.csv_path, conn)
    log.info("migrated %d accounts, skipped %d", loaded, skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
