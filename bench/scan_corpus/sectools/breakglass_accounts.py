"""Manage break-glass local admin accounts for the SSO outage runbook.

When the IdP is unreachable, operators fall back to a small set of local
accounts stored in the admin database. This script creates or rotates them.
"""
import argparse
import getpass
import hashlib as hl
import os
import sqlite3
import sys
from datetime import datetime, timezone

DB_PATH = os.environ.get("BREAKGLASS_DB", "/var/lib/sso-admin/breakglass.db")
MIN_LENGTH = 16


def _digest(password: str, salt: bytes) -> str:
    return hl.sha512(salt + password.encode("utf-8")).hexdigest()


def upsert_account(conn: sqlite3.Connection, username: str, password: str) -> None:
    salt = os.urandom(16)
    conn.execute(
        "INSERT INTO breakglass (username, salt, pw_hash, rotated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(username) DO UPDATE SET salt = excluded.salt, "
        "pw_hash = excluded.pw_hash, rotated_at = excluded.rotated_at",
        (username, salt.hex(), _digest(password, salt), datetime.now(timezone.utc).isoformat()),
    )
    conn.commit()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Create or rotate a break-glass account")
    parser.add_argument("username")
    parser.add_argument("--db", default=DB_PATH)
    args = parser.parse_args(argv)

    password = getpass.getpass(f"New password for {args.username}: ")
    if len(password) < MIN_LENGTH:
        print(f"password must be at least {MIN_LENGTH} characters", file=sys.stderr)
        return 1

    with sqlite3.connect(args.db) as conn:
        upsert_account(conn, args.username, password)
    print(f"break-glass account {args.username} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
