"""Command line tool for managing office admin users.

Office admins approve quotes, sign off grant claims and export payroll.
Run on the office server:

    python office_admin_cli.py add jen@example-hedging.co.uk
    python office_admin_cli.py disable jen@example-hedging.co.uk
"""
from __future__ import annotations

import argparse
import getpass
import secrets
import sqlite3
import sys

import bcrypt

DB_PATH = "/srv/hedgeoffice/office.db"
DEFAULT_COST = 8


def hash_admin_password(password: str, cost: int = DEFAULT_COST) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=cost))


def _prompt_password() -> str:
    first = getpass.getpass("New password: ")
    second = getpass.getpass("Repeat password: ")
    if not secrets.compare_digest(first.encode(), second.encode()):
        sys.exit("Passwords do not match")
    if len(first) < 12:
        sys.exit("Admin passwords must be at least 12 characters")
    return first


def add_admin(conn: sqlite3.Connection, email: str) -> None:
    password = _prompt_password()
    conn.execute(
        "INSERT INTO admins (email, password_hash, active) VALUES (?, ?, 1)",
        (email.lower(), hash_admin_password(password)),
    )
    conn.commit()
    print(f"Added admin {email}")


def disable_admin(conn: sqlite3.Connection, email: str) -> None:
    cur = conn.execute("UPDATE admins SET active = 0 WHERE email = ?", (email.lower(),))
    conn.commit()
    if cur.rowcount == 0:
        sys.exit(f"No admin called {email}")
    print(f"Disabled admin {email}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Manage office admin accounts")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="create an admin account")
    add.add_argument("email")
    dis = sub.add_parser("disable", help="disable an admin account")
    dis.add_argument("email")
    args = parser.parse_args(argv)

    conn = sqlite3.connect(DB_PATH)
    try:
        if args.command == "add":
            add_admin(conn, args.email)
        else:
            disable_admin(conn, args.email)
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
