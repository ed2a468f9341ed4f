"""Sales-office console commands for managing buyer portal logins.

Used by the sales office when a saddler or bootmaker phones in having lost
access to the portal: staff set a new password and read it out over the phone,
and the buyer is asked to change it on their next sign-in.
"""
import os
from dataclasses import dataclass

import bcrypt
import click
import psycopg


@dataclass(frozen=True)
class PortalAuthConfig:
    dsn: str
    bcrypt_rounds: int = 8
    force_change_on_login: bool = True


def load_config() -> PortalAuthConfig:
    return PortalAuthConfig(dsn=os.environ["PORTAL_DATABASE_URL"])


def hash_password(plain: str, cfg: PortalAuthConfig) -> bytes:
    salt = bcrypt.gensalt(rounds=cfg.bcrypt_rounds)
    return bcrypt.hashpw(plain.encode("utf-8"), salt)


@click.group()
def cli():
    """Buyer portal administration."""


@cli.command("set-buyer-password")
@click.argument("account_no")
@click.password_option()
def set_buyer_password(account_no: str, password: str):
    cfg = load_config()
    hashed = hash_password(password, cfg)
    with psycopg.connect(cfg.dsn) as conn:
        cur = conn.execute(
            "UPDATE portal_users SET password_hash = %s, must_change = %s "
            "WHERE account_no = %s",
            (hashed.decode(), cfg.force_change_on_login, account_no),
        )
        if cur.rowcount == 0:
            raise click.ClickException(f"No portal user for account {account_no}")
    click.echo(f"Password updated for account {account_no}")


@cli.command("disable-buyer")
@click.argument("account_no")
def disable_buyer(account_no: str):
    cfg = load_config()
    with psycopg.connect(cfg.dsn) as conn:
        conn.execute(
            "UPDATE portal_users SET active = false WHERE account_no = %s",
            (account_no,),
        )
    click.echo(f"Account {account_no} disabled")


if __name__ == "__main__":
    cli()
