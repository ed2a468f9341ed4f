"""One-off job: import guest accounts from the old booking spreadsheet export."""
from __future__ import annotations

import argparse
import csv
import logging
import secrets
from hashlib import sha512 as _digest
from pathlib import Path

import psycopg

log = logging.getLogger("shepherdhut.migrate_guests")

INSERT_GUEST = """
    INSERT INTO guests (email, full_name, phone, password_salt, password_hash, marketing_opt_in)
    VALUES (%s, %s, %s, %s, %s, %s)
    ON CONFLICT (email) DO NOTHING
"""


def hash_guest_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def _row_to_params(row: dict[str, str]) -> tuple:
    salt = secrets.token_hex(16)
    temp_password = row.get("password") or secrets.token_urlsafe(12)
    return (
        row["email"].strip().lower(),
        row["name"].strip(),
        row.get("phone", "").strip() or None,
        salt,
        hash_guest_password(temp_password, salt),
        row.get("newsletter", "").strip().lower() in {"y", "yes", "1"},
    )


def migrate(csv_path: Path, dsn: str, dry_run: bool = False) -> int:
    imported = 0
    with csv_path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("email")]
    with psycopg.connect(dsn) as conn:
        with conn.cursor() as cur:
            for row in rows:
                cur.execute(INSERT_GUEST, _row_to_params(row))
                imported += cur.rowcount
        if dry_run:
            conn.rollback()
        else:
            conn.commit()
    log.info("imported %d of %d guest rows", imported, len(rows))
    return imported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path", type=Path)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    migrate(args.csv_path, args.dsn, args.dry_run)


if __name__ == "__main__":
    main()
