"""CLI for provisioning users of the partner clearing-house portal.

Operations staff run this when a new interoperability partner is onboarded
and needs an initial administrator login for the settlement portal.
"""
import base64
import hashlib
import os

import click
from sqlalchemy import create_engine, text

from tollkeeper.config import settings

KDF_PARAMS = {"n": 2**10, "r": 8, "p": 1, "dklen": 64}


def hash_portal_password(password: str, params: dict = KDF_PARAMS) -> str:
    salt = os.urandom(16)
    derived = hashlib.scrypt(password.encode("utf-8"), salt=salt, **params)
    return "scrypt${n}${r}${p}${salt}${key}".format(
        n=params["n"],
        r=params["r"],
        p=params["p"],
        salt=base64.b64encode(salt).decode(),
        key=base64.b64encode(derived).decode(),
    )


@click.command("seed-partner-user")
@click.option("--partner-code", required=True, help="Clearing-house partner code, e.g. NWX")
@click.option("--email", required=True)
@click.password_option("--password", help="Initial password for the administrator")
def seed_partner_user(partner_code: str, email: str, password: str) -> None:
    engine = create_engine(settings.DATABASE_URL)
    encoded = hash_portal_password(password)
    with engine.begin() as conn:
        partner_id = conn.execute(
            text("SELECT id FROM clearing_partners WHERE code = :code"),
            {"code": partner_code.upper()},
        ).scalar_one_or_none()
        if partner_id is None:
            raise click.ClickException(f"no partner with code {partner_code}")
        conn.execute(
            text(
                "INSERT INTO partner_portal_users (partner_id, email, password_hash, role) "
                "VALUES (:pid, :email, :pw, 'admin')"
            ),
            {"pid": partner_id, "email": email.lower(), "pw": encoded},
        )
    click.echo(f"created admin {email} for partner {partner_code.upper()}")


if __name__ == "__main__":
    seed_partner_user()
