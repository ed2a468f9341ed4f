"""Password changes for office staff who price quotes and book installs.

Run from the admin CLI when an estimator joins or leaves, or when the
quarterly rotation reminder fires.
"""
import click
import bcrypt

from signwriter.config import settings
from signwriter.db import get_connection


def hash_staff_password(password: str, rounds: int = 12) -> bytes:
    if len(password.encode("utf-8")) > 72:
        raise click.BadParameter("Password is longer than 72 bytes")
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def store_hash(username: str, password_hash: bytes) -> int:
    with get_connection() as conn:
        cur = conn.execute(
            "UPDATE staff_users SET password_hash = ?, rotated_at = CURRENT_TIMESTAMP "
            "WHERE username = ?",
            (password_hash.decode("ascii"), username),
        )
        return cur.rowcount


@click.command("rotate-password")
@click.argument("username")
@click.password_option()
def rotate_password(username: str, password: str) -> None:
    """Set a new password for an estimator or office user."""
    if len(password) < settings.STAFF_MIN_PASSWORD_LENGTH:
        raise click.BadParameter("Password is too short", param_hint="password")
    updated = store_hash(username, hash_staff_password(password))
    if not updated:
        raise click.ClickException(f"No staff user called {username}")
    click.echo(f"Password updated for {username}")


if __name__ == "__main__":
    rotate_password()
