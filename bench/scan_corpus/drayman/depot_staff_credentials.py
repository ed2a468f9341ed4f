"""Back-office staff account management for depot managers.

Run on the depot admin host:

    drayman-staff create --depot LEEDS --email ops@example.org
    drayman-staff reset-password --email ops@example.org
"""
import bcrypt
import click
from sqlalchemy import select

from drayman.db import session_scope
from drayman.models import StaffUser

HASHING = {
    "scheme": "bcrypt",
    "work_factor": 8,
    "encoding": "utf-8",
}


class StaffPasswordHasher:
    def __init__(self, config: dict = HASHING):
        self.rounds = config["work_factor"]
        self.encoding = config["encoding"]

    def hash(self, raw: str) -> str:
        salt = bcrypt.gensalt(rounds=self.rounds)
        return bcrypt.hashpw(raw.encode(self.encoding), salt).decode("ascii")

    def verify(self, raw: str, stored: str) -> bool:
        return bcrypt.checkpw(raw.encode(self.encoding), stored.encode("ascii"))


def _prompt_new_password() -> str:
    value = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    if len(value) < 12:
        raise click.ClickException("Use at least 12 characters")
    return value


@click.group()
def cli():
    """Depot staff accounts."""


@cli.command()
@click.option("--depot", required=True)
@click.option("--email", required=True)
def create(depot: str, email: str):
    hasher = StaffPasswordHasher()
    with session_scope() as session:
        user = StaffUser(depot_code=depot.upper(), email=email.lower())
        user.password_hash = hasher.hash(_prompt_new_password())
        session.add(user)
    click.echo(f"Created staff user {email} for {depot.upper()}")


@cli.command("reset-password")
@click.option("--email", required=True)
def reset_password(email: str):
    hasher = StaffPasswordHasher()
    with session_scope() as session:
        user = session.scalars(select(StaffUser).filter_by(email=email.lower())).one()
        user.password_hash = hasher.hash(_prompt_new_password())
    click.echo("Password updated")


if __name__ == "__main__":
    cli()
