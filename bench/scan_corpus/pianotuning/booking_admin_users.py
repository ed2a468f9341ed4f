"""Management commands for office staff who administer the booking calendar."""
import argparse
import getpass
import os
import sys

import bcrypt
import psycopg

BCRYPT_ROUNDS = 8
MIN_PASSWORD_LENGTH = 12


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["BOOKING_DATABASE_URL"])


def make_hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def create_admin(email: str, display_name: str) -> None:
    password = getpass.getpass("New password: ")
    if len(password) < MIN_PASSWORD_LENGTH:
        sys.exit(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    if password != getpass.getpass("Repeat password: "):
        sys.exit("passwords do not match")

    with _connect() as conn:
        conn.execute(
            "INSERT INTO admin_users (email, display_name, password_hash) "
            "VALUES (%s, %s, %s)",
            (email.lower(), display_name, make_hash(password).decode("ascii")),
        )
    print(f"admin {email} created")


def disable_admin(email: str) -> None:
    with _connect() as conn:
        cur = conn.execute(
            "UPDATE admin_users SET active = false WHERE email = %s", (email.lower(),)
        )
        if cur.rowcount == 0:
            sys.exit(f"no admin with email {email}")
    print(f"admin {email} disabled")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Booking calendar admin users")
    sub = parser.add_subparsers(dest="cmd", required=True)
    create = sub.add_parser("create")
    create.add_argument("email")
    create.add_argument("display_name")
    disable = sub.add_parser("disable")
    disable.add_argument("email")
    args = parser.parse_args(argv)

    if args.cmd == "create":
        create_admin(args.email, args.display_name)
    else:
        disable_admin(args.email)


if __name__ == "__main__":
    main()
