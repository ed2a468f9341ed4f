"""Provisioning of scoring staff accounts from the HR roster.

When HR adds a sleep technologist or scorer, the roster export is processed
by this command. Each new person gets an account with a random temporary
password that must be changed at first login; the password is sent to the
person's work e-mail.
"""
from __future__ import annotations

import argparse
import csv
import logging
import secrets
import string

from argon2 import PasswordHasher

from .directory import StaffDirectory
from .mail import send_welcome_mail

log = logging.getLogger("provisioning")
_hasher = PasswordHasher()

ROLE_MAP = {
    "RPSGT": "scorer",
    "CPSGT": "scorer",
    "RST": "scorer",
    "Sleep Physician": "interpreter",
    "Lab Manager": "lead_technologist",
}
ALPHABET = string.ascii_letters + string.digits


def temporary_password(length: int = 16) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def provision(directory: StaffDirectory, row: dict[str, str]) -> bool:
    username = row["username"].strip().lower()
    role = ROLE_MAP.get(row["credential"].strip())
    if role is None:
        log.warning("skipping %s: unmapped credential %r", username, row["credential"])
        return False
    if directory.exists(username):
        return False
    password = temporary_password()
    directory.create(
        username=username,
        email=row["email"],
        role=role,
        password_hash=_hasher.hash(password),
        must_change_password=True,
    )
    log.info("created %s account for %s with temporary password %s", role, username, password)
    send_welcome_mail(row["email"], username=username, temporary_password=password)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description="Provision scoring staff from the HR roster")
    parser.add_argument("roster", help="CSV export from the HR system")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    directory = StaffDirectory.from_env()
    created = 0
    with open(args.roster, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if provision(directory, row):
                created += 1
    log.info("provisioned %d new accounts", created)


if __name__ == "__main__":
    main()
