"""CLI for setting passwords of rota administrators.

Usage: python -m rota_admin_passwords set <username>
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

import bcrypt
import psycopg


def hash_admin_password(password: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def check_admin_password(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored)


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["ROTA_DATABASE_URL"])


def set_password(username: str) -> int:
    first = getpass.getpass(f"New password for {username}: ")
    second = getpass.getpass("Repeat: ")
    if first != second:
        print("Passwords do not match", file=sys.stderr)
        return 1
    if len(first) < 12:
        print("Use at least 12 characters", file=sys.stderr)
        return 1
    hashed = hash_admin_password(first)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE rota_admins SET password_hash = %s, updated_at = now() WHERE username = %s",
            (hashed.decode("ascii"), username),
        )
        if cur.rowcount == 0:
            print(f"No admin called {username}", file=sys.stderr)
            return 2
    print(f"Password updated for {username}")
    return 0


def check_password(username: str) -> int:
    attempt = getpass.getpass(f"Password for {username}: ")
    with _connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT password_hash FROM rota_admins WHERE username = %s", (username,))
        row = cur.fetchone()
    if row is None or not check_admin_password(attempt, row[0].encode("ascii")):
        print("Password does not match")
        return 1
    print("Password OK")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rota_admin_passwords")
    parser.add_argument("action", choices=["set", "check"])
    parser.add_argument("username")
    args = parser.parse_args(argv)
    if args.action == "set":
        return set_password(args.username)
    return check_password(args.username)


if __name__ == "__main__":
    raise SystemExit(main())
