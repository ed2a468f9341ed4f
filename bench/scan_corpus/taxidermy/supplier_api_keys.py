"""API keys for suppliers that push catalogue and stock data to the studio.

Form manufacturers and glass-eye suppliers push price lists to our
inventory service.  Each supplier gets its own key; only a hash of the key
is kept so a database leak does not hand out working keys.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import click
from sqlalchemy import create_engine, text

KEY_PREFIX = "tsk_"


@dataclass(frozen=True)
class IssuedKey:
    key_id: str
    plaintext: str
    digest: str


def generate_key() -> IssuedKey:
    body = secrets.token_hex(32)
    plaintext = f"{KEY_PREFIX}{body}"
    return IssuedKey(
        key_id=uuid.uuid4().hex[:12],
        plaintext=plaintext,
        digest=hashlib.sha256(plaintext.encode("ascii")).hexdigest(),
    )


@click.group()
@click.option("--database-url", envvar="STUDIO_DATABASE_URL", required=True)
@click.pass_context
def cli(ctx: click.Context, database_url: str) -> None:
    ctx.obj = create_engine(database_url)


@cli.command("issue")
@click.argument("supplier_code")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), required=True)
@click.pass_obj
def issue(engine, supplier_code: str, out_path: str) -> None:
    """Issue a new API key for SUPPLIER_CODE and write it to a private file."""
    key = generate_key()
    with engine.begin() as conn:
        supplier = conn.execute(
            text("SELECT id, name FROM suppliers WHERE code = :code"), {"code": supplier_code}
        ).first()
        if supplier is None:
            raise click.ClickException(f"unknown supplier {supplier_code}")
        conn.execute(
            text(
                "INSERT INTO supplier_api_keys (key_id, supplier_id, key_sha256, created_at) "
                "VALUES (:kid, :sid, :digest, :created)"
            ),
            {
                "kid": key.key_id,
                "sid": supplier.id,
                "digest": key.digest,
                "created": datetime.now(timezone.utc),
            },
        )
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.plaintext + "\n")
    click.echo(f"Key {key.key_id} for {supplier.name} written to {out_path}")


@cli.command("revoke")
@click.argument("key_id")
@click.pass_obj
def revoke(engine, key_id: str) -> None:
    """Revoke the key with KEY_ID."""
    with engine.begin() as conn:
        result = conn.execute(
            text("UPDATE supplier_api_keys SET revoked_at = now() WHERE key_id = :kid"),
            {"kid": key_id},
        )
    click.echo("revoked" if result.rowcount else "no such key")


if __name__ == "__main__":
    cli()
