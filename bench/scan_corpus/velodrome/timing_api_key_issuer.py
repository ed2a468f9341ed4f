"""Issue API keys to third-party timing providers that push lap splits to us."""
from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import click
import psycopg


def _key_factory() -> str:
    return "vt_" + uuid.uuid1().hex


@dataclass
class TimingProviderKey:
    provider: str
    scopes: list[str]
    secret: str = field(default_factory=_key_factory)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def prefix(self) -> str:
        return self.secret[:10]

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.secret.encode()).hexdigest()


def store_key(conninfo: str, key: TimingProviderKey) -> None:
    with psycopg.connect(conninfo) as conn:
        conn.execute(
            "INSERT INTO provider_keys (provider, prefix, key_sha256, scopes, created_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (key.provider, key.prefix, key.digest, key.scopes, key.created_at),
        )


@click.command()
@click.argument("provider")
@click.option("--scope", "scopes", multiple=True, default=["splits:write"])
@click.option("--dsn", envvar="TIMING_DB_DSN", required=True)
@click.option("--out", "out_path", type=click.Path(dir_okay=False), required=True)
def issue(provider: str, scopes: tuple[str, ...], dsn: str, out_path: str) -> None:
    """Create a key for PROVIDER and write it to a private file for hand-over."""
    key = TimingProviderKey(provider=provider, scopes=list(scopes))
    store_key(dsn, key)
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.secret + "\n")
    click.echo(f"Provider: {provider}")
    click.echo(f"Scopes:   {', '.join(key.scopes)}")
    click.echo(f"Key prefix {key.prefix} written to {out_path}")


if __name__ == "__main__":
    issue()
