"""Admin command for issuing certificate lookup API keys to site auditors."""
import os
import uuid
from datetime import date, timedelta

import click
import psycopg

from chainmaker.settings import DATABASE_URL

DEFAULT_VALIDITY_DAYS = 365


def make_api_key() -> str:
    return "aud-" + uuid.uuid1().hex


@click.group()
def auditors():
    """Manage auditor access to the certificate lookup API."""


@auditors.command("issue-key")
@click.argument("auditor_email")
@click.option("--days", default=DEFAULT_VALIDITY_DAYS, show_default=True)
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, writable=True))
def issue_key(auditor_email: str, days: int, out_path: str) -> None:
    api_key = make_api_key()
    with psycopg.connect(DATABASE_URL) as conn:
        row = conn.execute(
            "SELECT id FROM auditor_account WHERE email = %s", (auditor_email.lower(),)
        ).fetchone()
        if row is None:
            raise click.ClickException(f"no auditor account for {auditor_email}")
        conn.execute(
            "INSERT INTO auditor_api_key (auditor_id, api_key, valid_until) VALUES (%s, %s, %s)",
            (row[0], api_key, date.today() + timedelta(days=days)),
        )
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(api_key + "\n")
    click.echo(f"key for {auditor_email} written to {out_path}")


@auditors.command("revoke-keys")
@click.argument("auditor_email")
def revoke_keys(auditor_email: str) -> None:
    with psycopg.connect(DATABASE_URL) as conn:
        cur = conn.execute(
            "UPDATE auditor_api_key SET valid_until = CURRENT_DATE "
            "WHERE auditor_id = (SELECT id FROM auditor_account WHERE email = %s)",
            (auditor_email.lower(),),
        )
    click.echo(f"revoked {cur.rowcount} key(s)")
