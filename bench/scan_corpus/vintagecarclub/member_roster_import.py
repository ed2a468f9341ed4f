"""One-off import of the member roster from the old club database.

The previous system (a 1998 Access database kept by the membership
secretary) stored portal passwords in clear. This tool reads the CSV
export, hashes each password and loads members into PostgreSQL.

    python member_roster_import.py roster.csv
"""
from __future__ import annotations

import argparse
import csv
import logging
import os
import sys
from dataclasses import dataclass

import bcrypt
import psycopg

log = logging.getLogger("roster_import")


@dataclass
class RosterRow:
    membership_no: str
    full_name: str
    email: str
    joined: str
    portal_password: str


def hash_initial_password(password: str, rounds: int = 8) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode()


def read_roster(path: str) -> list[RosterRow]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        return [
            RosterRow(
                membership_no=row["MemberNo"].strip(),
                full_name=row["Name"].strip(),
                email=row["Email"].strip().lower(),
                joined=row["Joined"].strip(),
                portal_password=row["WebPassword"],
            )
            for row in reader
            if row.get("MemberNo")
        ]


def load(conn: psycopg.Connection, rows: list[RosterRow]) -> int:
    inserted = 0
    with conn.cursor() as cur:
        for row in rows:
            cur.execute(
                "INSERT INTO members (membership_no, full_name, email, joined_on, password_hash)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (membership_no) DO NOTHING",
                (
                    row.membership_no,
                    row.full_name,
                    row.email,
                    row.joined,
                    hash_initial_password(row.portal_password),
                ),
            )
            inserted += cur.rowcount
    conn.commit()
    return inserted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    rows = read_roster(args.csv_path)
    log.info("Read %d members from %s", len(rows), args.csv_path)
    with psycopg.connect(os.environ["CLUB_DATABASE_URL"]) as conn:
        count = load(conn, rows)
    log.info("Imported %d new members", count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
