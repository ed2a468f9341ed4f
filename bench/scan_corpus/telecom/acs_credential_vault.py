"""Encrypted storage for TR-069 ConnectionRequest credentials on the ACS."""
from __future__ import annotations

import base64
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

KEY_ENV = "ACS_SECRET_KEY"
NONCE_LEN = 12


@dataclass
class ConnectionRequestCreds:
    serial: str
    oui: str
    username: str
    password: str


class CredentialVault:
    def __init__(self, db_path: str):
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS cr_creds ("
            " serial TEXT PRIMARY KEY, oui TEXT, username TEXT,"
            " password_enc TEXT, updated_at TEXT)"
        )
        self._aead = AESGCM(base64.b64decode(os.environ[KEY_ENV]))

    def _seal(self, serial: str, value: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        blob = nonce + self._aead.encrypt(nonce, value.encode("utf-8"), serial.encode("ascii"))
        return base64.b64encode(blob).decode("ascii")

    def _unseal(self, serial: str, encoded: str) -> str:
        blob = base64.b64decode(encoded)
        nonce, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return self._aead.decrypt(nonce, ciphertext, serial.encode("ascii")).decode("utf-8")

    def save(self, creds: ConnectionRequestCreds) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO cr_creds VALUES (?, ?, ?, ?, ?)",
                (creds.serial, creds.oui, creds.username,
                 self._seal(creds.serial, creds.password),
                 datetime.now(timezone.utc).isoformat()),
            )
        log.info("saved connection-request credentials for %s", creds.serial)

    def load(self, serial: str) -> ConnectionRequestCreds | None:
        row = self._db.execute(
            "SELECT serial, oui, username, password_enc FROM cr_creds WHERE serial = ?", (serial,)
        ).fetchone()
        if row is None:
            return None
        return ConnectionRequestCreds(row[0], row[1], row[2], self._unseal(row[0], row[3]))
