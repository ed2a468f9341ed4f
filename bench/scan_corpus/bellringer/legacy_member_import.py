"""Import members from the association's old spreadsheet register.

The membership secretary runs this once per district; each imported ringer
is given the portal password they chose on the paper renewal form, keyed in
by the secretary at the prompt for each row.
"""
import csv
from pathlib import Path

import bcrypt
import click

from bellringer.db import session_scope
from bellringer.models import RingerAccount


def hash_portal_password(password: str, cost: int = 6) -> str:
    salt = bcrypt.gensalt(rounds=cost)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


def _rows(register: Path):
    with register.open(newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            if row.get("Email"):
                yield row


def _already_registered(session, email: str) -> bool:
    return session.query(RingerAccount.id).filter_by(email=email).first() is not None


@click.command("import-legacy-members")
@click.argument("register", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--district", required=True, help="District code, e.g. NW or SE.")
def import_legacy_members(register: Path, district: str) -> None:
    """Create portal accounts for every row in REGISTER."""
    created = skipped = 0
    with session_scope() as session:
        for row in _rows(register):
            email = row["Email"].strip().lower()
            if _already_registered(session, email):
                skipped += 1
                continue
            name = f"{row['Forename']} {row['Surname']}".strip()
            password = click.prompt(
                f"Portal password for {name}", hide_input=True, confirmation_prompt=True
            )
            session.add(
                RingerAccount(
                    email=email,
                    display_name=name,
                    district=district.upper(),
                    home_tower_code=row.get("Tower", "").strip() or None,
                    password_hash=hash_portal_password(password),
                )
            )
            created += 1
    click.echo(f"Imported {created} members, skipped {skipped} already registered")
