"""Command-line administration of workshop staff logins."""
import logging

import click
from passlib.context import CryptContext

from hatter.db import session_scope
from hatter.models import StaffMember

log = logging.getLogger("hatter.admin")
pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")


@click.group()
def cli():
    """Manage workshop staff accounts."""


@cli.command()
@click.argument("username")
@click.option("--role", type=click.Choice(["milliner", "front_of_shop", "manager"]), default="milliner")
@click.password_option()
def create(username: str, role: str, password: str) -> None:
    with session_scope() as session:
        session.add(StaffMember(username=username, role=role, password_hash=pwd_context.hash(password)))
    log.info("staff account %s created with role %s (password length %d)", username, role, len(password))
    click.echo(f"Created {username}.")


@cli.command("reset-password")
@click.argument("username")
@click.password_option("--new-password", prompt="New password")
def reset_password(username: str, new_password: str) -> None:
    with session_scope() as session:
        member = session.query(StaffMember).filter_by(username=username).one()
        member.password_hash = pwd_context.hash(new_password)
        member.must_change_password = True
    log.info("password reset for staff account %s; change required at next login", username)
    click.echo(f"Password for {username} updated.")


@cli.command()
@click.argument("username")
def disable(username: str) -> None:
    with session_scope() as session:
        session.query(StaffMember).filter_by(username=username).update({"active": False})
    log.info("staff account %s disabled", username)


if __name__ == "__main__":
    cli()
