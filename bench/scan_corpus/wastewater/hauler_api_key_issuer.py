"""Issue API keys to sludge haulage contractors for the load-booking integration."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import click
import psycopg


@dataclass
class HaulerCredential:
    contractor_id: int
    scope: str = "bookings:write"
    key_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    secret: str = field(default_factory=lambda: uuid.uuid1().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def api_key(self) -> str:
        return f"hk_{self.key_id}.{self.secret}"

    @property
    def secret_digest(self) -> str:
        return hashlib.sha256(self.secret.encode()).hexdigest()


def store(conn: psycopg.Connection, cred: HaulerCredential) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO hauler_api_keys (contractor_id, key_id, secret_sha256, scope, created_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (cred.contractor_id, cred.key_id, cred.secret_digest, cred.scope, cred.created_at),
        )
    conn.commit()


@click.command()
@click.argument("contractor_id", type=int)
@click.option("--scope", default="bookings:write", show_default=True)
@click.option("--dsn", envvar="BILLING_DB_DSN", required=True)
def issue(contractor_id: int, scope: str, dsn: str) -> None:
    """Create a new key and print it once for hand-over to the contractor."""
    cred = HaulerCredential(contractor_id=contractor_id, scope=scope)
    with psycopg.connect(dsn) as conn:
        store(conn, cred)
    click.echo(f"key id: {cred.key_id}")
    click.echo(f"api key (shown once): {cred.api_key}")


if __name__ == "__main__":
    issue()
