"""Issues API keys for lab instruments that push results to the LIMS.

Time-lapse incubators, andrology analysers and cryo-storage monitors each get
their own key. Only a digest of the key is kept; the plaintext is shown once
to the lab manager who installs it on the instrument.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import click
from sqlalchemy import create_engine, text

INSTRUMENT_TYPES = {"timelapse_incubator", "andrology_analyser", "cryo_monitor", "blood_gas"}


@dataclass
class InstrumentCredential:
    instrument_serial: str
    instrument_type: str
    key: str = field(default_factory=lambda: uuid.uuid1().hex)
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def key_digest(self) -> str:
        return hashlib.sha256(self.key.encode("ascii")).hexdigest()

    @property
    def key_prefix(self) -> str:
        return self.key[:6]


class CredentialRepository:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url, future=True)

    def revoke_existing(self, serial: str) -> int:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE instrument_keys SET revoked_at = now() "
                    "WHERE instrument_serial = :serial AND revoked_at IS NULL"
                ),
                {"serial": serial},
            )
            return result.rowcount

    def store(self, cred: InstrumentCredential) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO instrument_keys "
                    "(instrument_serial, instrument_type, key_prefix, key_digest, issued_at) "
                    "VALUES (:serial, :type, :prefix, :digest, :issued)"
                ),
                {
                    "serial": cred.instrument_serial,
                    "type": cred.instrument_type,
                    "prefix": cred.key_prefix,
                    "digest": cred.key_digest,
                    "issued": cred.issued_at,
                },
            )


@click.command()
@click.argument("serial")
@click.option("--type", "instrument_type", type=click.Choice(sorted(INSTRUMENT_TYPES)), required=True)
@click.option("--database-url", envvar="LIMS_DATABASE_URL", required=True)
@click.option("--key-file", type=click.Path(dir_okay=False), required=True)
def issue(serial: str, instrument_type: str, database_url: str, key_file: str) -> None:
    """Issue a new key for SERIAL, revoking any previous one."""
    repo = CredentialRepository(database_url)
    revoked = repo.revoke_existing(serial)
    cred = InstrumentCredential(instrument_serial=serial, instrument_type=instrument_type)
    repo.store(cred)
    click.echo(f"revoked {revoked} previous key(s)")
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(cred.key + "\n")
    click.echo(f"key {cred.key_prefix}... written to {key_file}; copy it to the instrument")


if __name__ == "__main__":
    issue()
