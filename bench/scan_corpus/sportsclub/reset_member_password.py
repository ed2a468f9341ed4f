"""Admin command to set a new password for a club member."""
import hashlib
import os
import secrets
import sqlite3

import typer

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16

app = typer.Typer(help="Membership account administration")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${PBKDF2_ITERATIONS}${salt.hex()}${dk.hex()}"


@app.command()
def reset(
    email: str = typer.Argument(..., help="Member e-mail address"),
    db: str = typer.Option(os.environ.get("CLUB_DB_PATH", "club.sqlite3"), help="Database file"),
) -> None:
    """Prompt for a new password and store its hash for EMAIL."""
    password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    if len(password) < 12:
        typer.secho("Password must be at least 12 characters", fg=typer.colors.RED)
        raise typer.Exit(code=1)
    with sqlite3.connect(db) as conn:
        cur = conn.execute(
            "UPDATE members SET password_hash = ?, must_change_password = 0 WHERE email = ?",
            (hash_password(password), email),
        )
    if cur.rowcount == 0:
        typer.secho(f"No member with e-mail {email}", fg=typer.colors.YELLOW)
        raise typer.Exit(code=2)
    typer.echo(f"Password updated for {email}")


if __name__ == "__main__":
    app()
