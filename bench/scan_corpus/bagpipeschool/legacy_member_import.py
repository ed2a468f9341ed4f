"""Import band members from the old spreadsheet-based membership system.

The legacy export is a CSV with one row per member, including the initial
portal PIN that was posted to each member.  The PIN is stored hashed so the
member can log in once and then choose a proper password.

Usage:
    python -m bagpipeschool.legacy_member_import members.csv --db school.db
"""
from __future__ import annotations

import argparse
import csv
import logging
import os
import sqlite3
from hashlib import sha512 as _digest
from pathlib import Path

log = logging.getLogger("legacy_import")

REQUIRED_COLUMNS = {"member_no", "surname", "forename", "email", "band", "pin"}


def _hash_pin(pin: str) -> tuple[str, str]:
    salt = os.urandom(16).hex()
    hashed = _digest((salt + pin).encode("utf-8")).hexdigest()
    return salt, hashed


def _read_rows(csv_path: Path):
    with csv_path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise SystemExit(f"export is missing columns: {', '.join(sorted(missing))}")
        for row in reader:
            yield {k: (v or "").strip() for k, v in row.items()}


def import_members(csv_path: Path, db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    imported = 0
    try:
        for row in _read_rows(csv_path):
            if not row["email"]:
                log.warning("member %s has no email, skipped", row["member_no"])
                continue
            salt, pin_hash = _hash_pin(row["pin"])
            conn.execute(
                """
                INSERT INTO band_members
                    (legacy_no, surname, forename, email, band, pw_salt, pw_hash, must_reset)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT(legacy_no) DO NOTHING
                """,
                (
                    row["member_no"],
                    row["surname"],
                    row["forename"],
                    row["email"].lower(),
                    row["band"],
                    salt,
                    pin_hash,
                ),
            )
            imported += 1
        conn.commit()
    finally:
        conn.close()
    return imported


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv_path", type=Path)
    parser.add_argument("--db", type=Path, default=Path("school.db"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    count = import_members(args.csv_path, args.db)
    log.info("imported %d members from %s", count, args.csv_path.name)


if __name__ == "__main__":
    main()
