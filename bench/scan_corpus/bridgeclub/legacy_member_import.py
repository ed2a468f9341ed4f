"""Import members from the old ClubMate CSV export.

The export carries a temporary password per member that was mailed out
on paper; it is re-hashed on import so members can sign in once and then
pick their own password.
"""
from __future__ import annotations

import argparse
import csv
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import bcrypt

log = logging.getLogger("bridgeclub.import")


@dataclass
class LegacyMember:
    number: str
    first_name: str
    last_name: str
    email: str
    temp_password: str


def hash_temp_password(password: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def read_export(path: Path) -> Iterator[LegacyMember]:
    with path.open(newline="", encoding="cp1252") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            yield LegacyMember(
                number=row["MemberNo"].strip(),
                first_name=row["FirstName"].strip(),
                last_name=row["Surname"].strip(),
                email=row["Email"].strip().lower(),
                temp_password=row["TempPwd"],
            )


def import_members(db_path: Path, export_path: Path) -> int:
    imported = 0
    conn = sqlite3.connect(db_path)
    try:
        for member in read_export(export_path):
            if not member.number or not member.temp_password:
                log.warning("skipping row without member number or password")
                continue
            conn.execute(
                "INSERT OR IGNORE INTO members"
                " (federation_number, first_name, last_name, email, password_hash, must_reset)"
                " VALUES (?, ?, ?, ?, ?, 1)",
                (
                    member.number,
                    member.first_name,
                    member.last_name,
                    member.email,
                    hash_temp_password(member.temp_password).decode("ascii"),
                ),
            )
            imported += 1
            log.info("imported member %s", member.number)
        conn.commit()
    finally:
        conn.close()
    return imported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export", type=Path)
    parser.add_argument("--db", type=Path, default=Path("club.sqlite3"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    count = import_members(args.db, args.export)
    log.info("done, %d members imported", count)


if __name__ == "__main__":
    main()
