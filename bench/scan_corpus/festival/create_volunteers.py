#!/usr/bin/env python3
"""Bulk-create volunteer accounts from the rota export.

Reads the CSV exported from the rota spreadsheet (name,email,team) and creates
an account for each volunteer with a one-time password that must be changed
on first login.
"""
import argparse
import csv
import secrets
import sys

from argon2 import PasswordHasher

from festival_volunteers.db import session_scope
from festival_volunteers.models import Volunteer

_hasher = PasswordHasher()


def create_account(db, name: str, email: str, team: str) -> str:
    temp_password = secrets.token_urlsafe(12)
    db.add(
        Volunteer(
            name=name,
            email=email.lower(),
            team=team,
            password_hash=_hasher.hash(temp_password),
            must_change_password=True,
        )
    )
    return temp_password


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_path")
    args = parser.parse_args(argv)

    created = 0
    with open(args.csv_path, newline="", encoding="utf-8") as fh, session_scope() as db:
        for row in csv.DictReader(fh):
            if db.query(Volunteer).filter_by(email=row["email"].lower()).first():
                continue
            temp_password = create_account(db, row["name"], row["email"], row["team"])
            print(f"{row['email']}: temporary password {temp_password}")
            created += 1

    print(f"created {created} volunteer accounts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
