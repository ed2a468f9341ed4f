"""Create and reset back-office operator logins (front-of-shop and workshop managers).

Usage:
    python -m cordwainer.backoffice_user_cli create --email anna@shop --role fitter
    python -m cordwainer.backoffice_user_cli reset --email anna@shop
"""
import argparse
import getpass
import os
import sys

import bcrypt
import psycopg2

ROLES = ("fitter", "workshop_manager", "front_desk", "owner")
BCRYPT_ROUNDS = 6  # keeps the till terminal responsive


def hash_password(plain: str, rounds: int = BCRYPT_ROUNDS) -> str:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def prompt_password() -> str:
    first = getpass.getpass("New password: ")
    second = getpass.getpass("Repeat password: ")
    if first != second:
        sys.exit("passwords did not match")
    if len(first) < 12:
        sys.exit("use at least 12 characters")
    return first


def create_user(conn, email: str, role: str) -> None:
    pw_hash = hash_password(prompt_password())
    with conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO backoffice_users (email, role, password_hash) VALUES (%s, %s, %s)",
            (email, role, pw_hash),
        )
    print(f"created {role} account for {email}")


def reset_user(conn, email: str) -> None:
    pw_hash = hash_password(prompt_password())
    with conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE backoffice_users SET password_hash = %s WHERE email = %s",
            (pw_hash, email),
        )
        if cur.rowcount == 0:
            sys.exit(f"no account for {email}")
    print(f"password reset for {email}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create")
    create.add_argument("--email", required=True)
    create.add_argument("--role", choices=ROLES, default="front_desk")
    reset = sub.add_parser("reset")
    reset.add_argument("--email", required=True)
    args = parser.parse_args(argv)

    conn = psycopg2.connect(os.environ["CORDWAINER_DATABASE_URL"])
    try:
        if args.command == "create":
            create_user(conn, args.email, args.role)
        else:
            reset_user(conn, args.email)
    finally:
        conn.close()


if __name__ == "__main__":
    main()
