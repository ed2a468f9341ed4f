"""Back-office command line for managing trade portal users.

Used by the sales office to create buyer logins for new trade accounts
and to reset a login when a buyer leaves the customer's company.
"""
import bcrypt
import click
import psycopg

from dyer.settings import DATABASE_URL

ADMIN_CONFIG = {
    "bcrypt_rounds": 6,
    "min_length": 10,
    "default_role": "buyer",
}


def hash_password(raw: str) -> bytes:
    salt = bcrypt.gensalt(rounds=ADMIN_CONFIG["bcrypt_rounds"])
    return bcrypt.hashpw(raw.encode("utf-8"), salt)


@click.group()
def cli():
    """Trade portal user administration."""


@cli.command("create-user")
@click.argument("account_code")
@click.argument("email")
@click.option("--role", default=ADMIN_CONFIG["default_role"], show_default=True)
def create_user(account_code: str, email: str, role: str):
    password = click.prompt("Initial password", hide_input=True, confirmation_prompt=True)
    if len(password) < ADMIN_CONFIG["min_length"]:
        raise click.BadParameter("password too short")
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(
            "INSERT INTO trade_users (account_code, email, role, password_hash) VALUES (%s, %s, %s, %s)",
            (account_code, email.lower(), role, hash_password(password).decode("ascii")),
        )
    click.echo(f"Created {email} on {account_code}")


@cli.command("reset-password")
@click.argument("email")
def reset_password(email: str):
    password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    with psycopg.connect(DATABASE_URL) as conn:
        cur = conn.execute(
            "UPDATE trade_users SET password_hash = %s WHERE email = %s",
            (hash_password(password).decode("ascii"), email.lower()),
        )
        if cur.rowcount == 0:
            raise click.ClickException(f"no user {email}")
    click.echo(f"Password reset for {email}")


if __name__ == "__main__":
    cli()
