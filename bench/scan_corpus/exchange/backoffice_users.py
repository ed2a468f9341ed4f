"""Back-office operator account management.

Used by the ops team to onboard and off-board desk operators for the
admin console. Accounts live in the ``bo_operators`` table of the
back-office Postgres database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import datetime, timezone

import click
import psycopg

DSN_ENV = "BACKOFFICE_DSN"
SALT_BYTES = 16
PBKDF2_DIGEST = "sha256"
PBKDF2_ROUNDS = 150_000
ROLES = ("viewer", "trader-support", "compliance", "admin")


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ[DSN_ENV])


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode(), salt, PBKDF2_ROUNDS)
    return f"pbkdf2_{PBKDF2_DIGEST}${PBKDF2_ROUNDS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    algo, rounds, salt_hex, digest_hex = encoded.split("$")
    digest_name = algo.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        digest_name, password.encode(), bytes.fromhex(salt_hex), int(rounds)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@click.group()
def cli() -> None:
    """Manage back-office console operators."""


@cli.command()
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), default="viewer", show_default=True)
@click.password_option()
def create(username: str, role: str, password: str) -> None:
    """Create a new operator account."""
    now = datetime.now(timezone.utc)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO bo_operators (username, role, password_hash, created_at, active) "
            "VALUES (%s, %s, %s, %s, true)",
            (username.lower(), role, hash_password(password), now),
        )
    click.echo(f"created {username} ({role})")


@cli.command("set-password")
@click.argument("username")
@click.password_option()
def set_password(username: str, password: str) -> None:
    """Reset an operator's console password."""
    with _connect() as conn:
        cur = conn.execute(
            "UPDATE bo_operators SET password_hash = %s, must_rotate = true WHERE username = %s",
            (hash_password(password), username.lower()),
        )
        if cur.rowcount == 0:
            raise click.ClickException(f"no such operator: {username}")
    click.echo(f"password updated for {username}")


@cli.command()
@click.argument("username")
def disable(username: str) -> None:
    """Deactivate an operator without deleting the audit trail."""
    with _connect() as conn:
        conn.execute("UPDATE bo_operators SET active = false WHERE username = %s", (username.lower(),))
    click.echo(f"disabled {username}")


if __name__ == "__main__":
    cli()
