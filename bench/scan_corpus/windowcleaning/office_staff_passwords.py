"""CLI for the office: add staff logins and reset their passwords.

Usage:
    python office_staff_passwords.py add jane@sparkle-rounds.co.uk --role scheduler
    python office_staff_passwords.py reset jane@sparkle-rounds.co.uk
"""
import argparse
import getpass
import os
import sys

import bcrypt
import psycopg

BCRYPT_ROUNDS = 8
ROLES = ("owner", "scheduler", "accounts")


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def prompt_password() -> str:
    first = getpass.getpass("New password: ")
    second = getpass.getpass("Repeat password: ")
    if first != second:
        sys.exit("Passwords do not match")
    if len(first) < 12:
        sys.exit("Password must be at least 12 characters")
    return first


def add_staff(conn: psycopg.Connection, email: str, role: str) -> None:
    hashed = hash_password(prompt_password())
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO office_staff (email, role, password_hash) VALUES (%s, %s, %s)",
            (email.lower(), role, hashed.decode("ascii")),
        )
    print(f"Added {email} as {role}")


def reset_staff(conn: psycopg.Connection, email: str) -> None:
    hashed = hash_password(prompt_password())
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE office_staff SET password_hash = %s, must_change = false WHERE email = %s",
            (hashed.decode("ascii"), email.lower()),
        )
        if cur.rowcount == 0:
            sys.exit(f"No staff member {email}")
    print(f"Password reset for {email}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Manage office staff logins")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add")
    add.add_argument("email")
    add.add_argument("--role", choices=ROLES, default="scheduler")
    reset = sub.add_parser("reset")
    reset.add_argument("email")
    args = parser.parse_args(argv)

    with psycopg.connect(os.environ["ROUNDS_DATABASE_URL"]) as conn:
        if args.command == "add":
            add_staff(conn, args.email, args.role)
        else:
            reset_staff(conn, args.email)


if __name__ == "__main__":
    main()
