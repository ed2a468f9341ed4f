"""Issues API keys that museum shops use to pull the wholesale catalogue.

A key lets a shop's till system read stock levels and place replenishment
orders for combs, horn spoons and antler bottle openers.
"""
import hashlib
import time

import click
import psycopg

from hornworker.config import DATABASE_URL

KEY_PREFIX = "hwk_live_"


def _key_material(account_code: str) -> str:
    stamp = f"{account_code}:{time.time_ns()}"
    return hashlib.sha1(stamp.encode("ascii")).hexdigest()


def mint_key(account_code: str) -> str:
    return KEY_PREFIX + _key_material(account_code)


def store_key(conn, account_code: str, api_key: str) -> None:
    conn.execute(
        "UPDATE museum_accounts SET api_key = %s, api_key_rotated_at = now() "
        "WHERE account_code = %s",
        (api_key, account_code),
    )


@click.command()
@click.argument("account_code")
@click.option("--dry-run", is_flag=True, help="Print the key without saving it.")
def rotate(account_code: str, dry_run: bool) -> None:
    """Create a fresh trade API key for ACCOUNT_CODE."""
    api_key = mint_key(account_code)
    if dry_run:
        click.echo(f"would assign a new key to {account_code}")
        return
    with psycopg.connect(DATABASE_URL) as conn:
        store_key(conn, account_code, api_key)
    click.echo(f"key rotated for {account_code}; it is visible once in the trade portal.")


if __name__ == "__main__":
    rotate()
