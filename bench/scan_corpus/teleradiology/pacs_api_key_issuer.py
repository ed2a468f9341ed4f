"""Issues API keys to hospital PACS nodes that push studies to the router.

Each PACS integration gets one active key; the plaintext is shown to the
integration engineer once and only its SHA-256 digest is stored.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import click
import psycopg


@dataclass
class IssuedKey:
    node_id: int
    prefix: str
    plaintext: str

    @classmethod
    def generate(cls, node_id: int) -> "IssuedKey":
        secret = uuid.uuid1().hex
        return cls(node_id=node_id, prefix=secret[:8], plaintext=f"trk_{secret}")

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.plaintext.encode("ascii")).hexdigest()


class PacsKeyRegistry:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def rotate(self, ae_title: str) -> IssuedKey:
        with psycopg.connect(self._conninfo) as conn:
            node = conn.execute(
                "SELECT id FROM pacs_nodes WHERE ae_title = %s AND enabled", (ae_title,)
            ).fetchone()
            if node is None:
                raise LookupError(f"no enabled PACS node with AE title {ae_title}")
            key = IssuedKey.generate(node[0])
            conn.execute(
                "UPDATE pacs_api_keys SET revoked_at = %s WHERE node_id = %s AND revoked_at IS NULL",
                (datetime.now(timezone.utc), key.node_id),
            )
            conn.execute(
                "INSERT INTO pacs_api_keys (node_id, prefix, key_sha256) VALUES (%s, %s, %s)",
                (key.node_id, key.prefix, key.digest),
            )
        return key


@click.command()
@click.argument("ae_title")
@click.option("--dsn", envvar="ROUTER_DB_DSN", required=True, help="Router database connection string.")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), help="File to receive the new key.")
def main(ae_title: str, dsn: str, out_path: str) -> None:
    """Rotate the API key for the PACS node AE_TITLE and write it to OUT once."""
    key = PacsKeyRegistry(dsn).rotate(ae_title)
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.plaintext + "\n")
    click.echo(f"Rotated key for {ae_title} (prefix {key.prefix}); written to {out_path}.")


if __name__ == "__main__":
    main()
