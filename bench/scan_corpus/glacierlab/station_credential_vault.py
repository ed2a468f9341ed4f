"""Encrypted storage for the modem and logger passwords of remote weather stations.

Station technicians need the Iridium modem PIN and the datalogger admin password
when they service a site; these are kept encrypted in the lab's SQLite inventory.
"""
from __future__ import annotations

import base64
import os
import sqlite3
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class StationCredentials:
    station_id: str
    logger_user: str
    logger_password: str
    modem_pin: str


class StationCredentialVault:
    def __init__(self, db_path: str, key: bytes | None = None) -> None:
        key = key or base64.b64decode(os.environ["GLACIERLAB_VAULT_KEY"])
        if len(key) != 32:
            raise ValueError("vault key must be 32 bytes")
        self._key = key
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS station_secrets ("
            "station_id TEXT PRIMARY KEY, logger_user TEXT, logger_password BLOB, modem_pin BLOB)"
        )

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def _seal(self, plaintext: str) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(data) + encryptor.finalize()

    def _open(self, blob: bytes) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def store(self, creds: StationCredentials) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO station_secrets VALUES (?, ?, ?, ?)",
                (
                    creds.station_id,
                    creds.logger_user,
                    self._seal(creds.logger_password),
                    self._seal(creds.modem_pin),
                ),
            )

    def load(self, station_id: str) -> StationCredentials | None:
        row = self._db.execute(
            "SELECT logger_user, logger_password, modem_pin FROM station_secrets "
            "WHERE station_id = ?",
            (station_id,),
        ).fetchone()
        if row is None:
            return None
        return StationCredentials(station_id, row[0], self._open(row[1]), self._open(row[2]))
