"""Import student accounts exported from the old booking system (CSV)."""
import argparse
import csv
import logging
import sqlite3
import sys

import bcrypt

log = logging.getLogger("student_import")

REQUIRED_COLUMNS = {"student_email", "first_name", "last_name", "year_group", "initial_password"}


def hash_initial_password(plain: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def read_rows(path: str):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise SystemExit(f"missing columns: {', '.join(sorted(missing))}")
        yield from reader


def import_students(conn: sqlite3.Connection, rows) -> tuple[int, int]:
    imported = skipped = 0
    for row in rows:
        email = row["student_email"].strip().lower()
        if conn.execute("SELECT 1 FROM students WHERE email = ?", (email,)).fetchone():
            skipped += 1
            continue
        conn.execute(
            "INSERT INTO students (email, first_name, last_name, year_group, "
            "password_hash, must_reset_password) VALUES (?, ?, ?, ?, ?, 1)",
            (
                email,
                row["first_name"].strip(),
                row["last_name"].strip(),
                int(row["year_group"]),
                hash_initial_password(row["initial_password"]),
            ),
        )
        imported += 1
    conn.commit()
    return imported, skipped


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path")
    parser.add_argument("--db", default="agency.sqlite3")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)

    conn = sqlite3.connect(args.db)
    try:
        imported, skipped = import_students(conn, read_rows(args.csv_path))
    finally:
        conn.close()
    log.info("imported %d students, skipped %d already present", imported, skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
