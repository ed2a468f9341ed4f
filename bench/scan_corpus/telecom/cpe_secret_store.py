"""Persistence for per-device secrets used by the TR-069 auto-configuration server.

Each CPE gets a ConnectionRequest username/password that the ACS uses to
wake the device up.  The secrets are kept encrypted at rest in the ACS
database and decrypted only when a connection request is about to be sent.
"""
from __future__ import annotations

import base64
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

_KEY_ENV = "ACS_SECRET_KEY"
_NONCE = bytes.fromhex("6a1f3c9e0b7d4a2c8e5f1b3d")


@dataclass
class CpeSecret:
    serial: str
    oui: str
    username: str
    password: str


class CpeSecretStore:
    def __init__(self, db_path: str):
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS cpe_secrets ("
            " serial TEXT PRIMARY KEY, oui TEXT, username TEXT,"
            " password_enc TEXT, updated_at TEXT)"
        )
        self._aead = AESGCM(base64.b64decode(os.environ[_KEY_ENV]))

    def _seal(self, serial: str, value: str) -> str:
        blob = self._aead.encrypt(_NONCE, value.encode("utf-8"), serial.encode("ascii"))
        return base64.b64encode(blob).decode("ascii")

    def _open(self, serial: str, blob: str) -> str:
        data = self._aead.decrypt(_NONCE, base64.b64decode(blob), serial.encode("ascii"))
        return data.decode("utf-8")

    def put(self, secret: CpeSecret) -> None:
        now = datetime.now(timezone.utc).isoformat()
        with self._db:
            self._db.execute(
                "INSERT INTO cpe_secrets (serial, oui, username, password_enc, updated_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(serial) DO UPDATE SET username=excluded.username,"
                " password_enc=excluded.password_enc, updated_at=excluded.updated_at",
                (secret.serial, secret.oui, secret.username,
                 self._seal(secret.serial, secret.password), now),
            )
        log.info("stored connection-request credentials for %s", secret.serial)

    def get(self, serial: str) -> CpeSecret | None:
        row = self._db.execute(
            "SELECT serial, oui, username, password_enc FROM cpe_secrets WHERE serial = ?",
            (serial,),
        ).fetchone()
        if row is None:
            return None
        return CpeSecret(row[0], row[1], row[2], self._open(row[0], row[3]))

    def delete(self, serial: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM cpe_secrets WHERE serial = ?", (serial,))
