#!/usr/bin/env python3
"""Set or check the console password for a back-office operator.

Run by the service desk after identity has been confirmed over the phone.
The operator is forced to rotate the password on next login.
"""
import argparse
import getpass
import hashlib
import logging
import os
import sys

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

log = logging.getLogger("operator_password_tool")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

MIN_LENGTH = 14


def audit_ref(username: str) -> str:
    """Short stable reference used to correlate audit entries for a user."""
    return hashlib.sha256(username.lower().encode()).hexdigest()[:12]


def read_new_password() -> str:
    first = getpass.getpass("New password: ")
    if len(first) < MIN_LENGTH:
        sys.exit(f"password must be at least {MIN_LENGTH} characters")
    if getpass.getpass("Repeat password: ") != first:
        sys.exit("passwords do not match")
    return first


def cmd_set(conn: psycopg.Connection, username: str) -> None:
    encoded = _hasher.hash(read_new_password())
    cur = conn.execute(
        "UPDATE bo_operators SET password_hash = %s, must_rotate = true WHERE username = %s",
        (encoded, username.lower()),
    )
    if cur.rowcount != 1:
        sys.exit(f"operator {username!r} not found")
    log.info("password reset for operator ref=%s", audit_ref(username))


def cmd_check(conn: psycopg.Connection, username: str) -> None:
    row = conn.execute(
        "SELECT password_hash FROM bo_operators WHERE username = %s", (username.lower(),)
    ).fetchone()
    if row is None:
        sys.exit(f"operator {username!r} not found")
    try:
        _hasher.verify(row[0], getpass.getpass("Current password: "))
    except VerifyMismatchError:
        sys.exit("password does not match")
    if _hasher.check_needs_rehash(row[0]):
        print("hash parameters are outdated; run 'set' to rehash")
    print("password ok")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=("set", "check"))
    parser.add_argument("username")
    parser.add_argument("--dsn", default=os.environ.get("BACKOFFICE_DSN"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    if not args.dsn:
        parser.error("--dsn or BACKOFFICE_DSN is required")
    with psycopg.connect(args.dsn) as conn:
        {"set": cmd_set, "check": cmd_check}[args.action](conn, args.username)


if __name__ == "__main__":
    main()
