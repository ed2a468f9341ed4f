"""Import members of the old Friends-of-the-Fairground-Organ club into the portal.

The legacy export is a CSV with plaintext temporary passwords that members were
given on paper cards; they are hashed on import and the CSV is deleted afterwards.
"""
from __future__ import annotations

import argparse
import csv
import logging
import secrets
import sqlite3
from hashlib import sha256 as _digest
from pathlib import Path

log = logging.getLogger("legacy_import")


class MemberHasher:
    """Produces the stored credential string for a member."""

    prefix = "s2"

    def make(self, password: str) -> str:
        salt = secrets.token_hex(16)
        hashed = _digest((salt + password).encode("utf-8")).hexdigest()
        return f"{self.prefix}${salt}${hashed}"


def load_rows(csv_path: Path):
    with csv_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield {
                "member_no": row["member_no"].strip(),
                "email": row["email"].strip().lower(),
                "name": row["name"].strip(),
                "temp_password": row["temp_password"],
            }


def import_members(db_path: Path, csv_path: Path, hasher: MemberHasher) -> int:
    count = 0
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            for row in load_rows(csv_path):
                conn.execute(
                    "INSERT OR IGNORE INTO customers "
                    "(member_no, email, display_name, password_hash, must_reset) "
                    "VALUES (?, ?, ?, ?, 1)",
                    (row["member_no"], row["email"], row["name"], hasher.make(row["temp_password"])),
                )
                count += 1
    finally:
        conn.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path", type=Path)
    parser.add_argument("--db", type=Path, default=Path("portal.sqlite3"))
    parser.add_argument("--keep-csv", action="store_true")
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO)
    imported = import_members(args.db, args.csv_path, MemberHasher())
    log.info("imported %d legacy members from %s", imported, args.csv_path.name)
    if not args.keep_csv:
        args.csv_path.unlink()
        log.info("removed %s", args.csv_path.name)


if __name__ == "__main__":
    main()
