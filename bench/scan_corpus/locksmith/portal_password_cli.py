"""Admin CLI: set a new portal password for a customer contact.

Usage: python -m portal.password_cli someone@example.org
"""
import argparse
import getpass
import logging
import sys

from argon2 import PasswordHasher

from portal.db import session_scope
from portal.models import Contact

log = logging.getLogger("portal.admin")
_hasher = PasswordHasher()

MIN_LENGTH = 12


def prompt_password() -> str:
    while True:
        first = getpass.getpass("New password: ")
        if len(first) < MIN_LENGTH:
            print(f"Password must be at least {MIN_LENGTH} characters.", file=sys.stderr)
            continue
        if getpass.getpass("Repeat password: ") != first:
            print("Passwords do not match, try again.", file=sys.stderr)
            continue
        return first


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Reset a portal contact's password")
    parser.add_argument("email")
    args = parser.parse_args(argv)

    with session_scope() as s:
        contact = s.query(Contact).filter_by(email=args.email.lower()).one_or_none()
        if contact is None:
            print(f"No portal contact with email {args.email}", file=sys.stderr)
            return 1
        contact.password_hash = _hasher.hash(prompt_password())
        contact.must_change_password = False
    log.info("password reset by admin %s for contact %s", getpass.getuser(), args.email)
    print(f"Password updated for {args.email}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
