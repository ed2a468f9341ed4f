"""Command-line management of workshop staff accounts.

Binders, conservators and the front-desk team use these accounts to sign
in to the job board where restoration work is scheduled.
"""
import getpass
import os

import bcrypt
import click
import psycopg

STAFF_DSN = os.environ.get("STAFF_DSN", "dbname=bindery")
WORK_FACTOR = 12
ROLES = ("binder", "conservator", "front_desk", "manager")


def hash_password(plain: str, rounds: int = WORK_FACTOR) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def password_matches(plain: str, stored: bytes) -> bool:
    return bcrypt.checkpw(plain.encode("utf-8"), stored)


@click.group()
def staff():
    """Manage workshop staff accounts."""


@staff.command("add")
@click.argument("email")
@click.option("--name", required=True)
@click.option("--role", type=click.Choice(ROLES), default="binder")
def add_staff(email: str, name: str, role: str):
    password = getpass.getpass("Initial password: ")
    if len(password) < 12:
        raise click.BadParameter("use at least 12 characters")
    with psycopg.connect(STAFF_DSN) as conn:
        conn.execute(
            "INSERT INTO staff (email, full_name, role, password_hash) VALUES (%s, %s, %s, %s)",
            (email.lower(), name, role, hash_password(password)),
        )
    click.echo(f"Added {name} <{email}> as {role}")


@staff.command("reset-password")
@click.argument("email")
def reset_password(email: str):
    password = getpass.getpass("New password: ")
    with psycopg.connect(STAFF_DSN) as conn:
        updated = conn.execute(
            "UPDATE staff SET password_hash = %s WHERE email = %s",
            (hash_password(password), email.lower()),
        ).rowcount
    click.echo("Password updated" if updated else f"No staff member with email {email}")


if __name__ == "__main__":
    staff()
