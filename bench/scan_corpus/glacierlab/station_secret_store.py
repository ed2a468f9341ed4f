"""Encrypted storage for the modem and logger passwords of remote weather stations.

Values are encrypted with AES-256-GCM; the 12-byte nonce is stored in front of
the ciphertext and the station id is bound in as associated data.
"""
from __future__ import annotations

import base64
import os
import sqlite3
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TAG_SIZE = 16
NONCE_SIZE = 12


@dataclass
class StationSecret:
    station_id: str
    name: str
    value: str


class StationSecretStore:
    def __init__(self, db_path: str, key: bytes | None = None) -> None:
        key = key or base64.b64decode(os.environ["GLACIERLAB_VAULT_KEY"])
        if len(key) != 32:
            raise ValueError("vault key must be 32 bytes")
        self._key = key
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS station_secrets_v2 ("
            "station_id TEXT, name TEXT, blob BLOB, PRIMARY KEY (station_id, name))"
        )

    def _encrypt(self, station_id: str, plaintext: str) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        encryptor = Cipher(algorithms.AES(self._key), modes.GCM(nonce)).encryptor()
        encryptor.authenticate_additional_data(station_id.encode("utf-8"))
        ciphertext = encryptor.update(plaintext.encode("utf-8")) + encryptor.finalize()
        return nonce + ciphertext + encryptor.tag

    def _decrypt(self, station_id: str, blob: bytes) -> str:
        nonce, body, tag = blob[:NONCE_SIZE], blob[NONCE_SIZE:-TAG_SIZE], blob[-TAG_SIZE:]
        decryptor = Cipher(algorithms.AES(self._key), modes.GCM(nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(station_id.encode("utf-8"))
        return (decryptor.update(body) + decryptor.finalize()).decode("utf-8")

    def put(self, secret: StationSecret) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO station_secrets_v2 VALUES (?, ?, ?)",
                (secret.station_id, secret.name, self._encrypt(secret.station_id, secret.value)),
            )

    def get(self, station_id: str, name: str) -> StationSecret | None:
        row = self._db.execute(
            "SELECT blob FROM station_secrets_v2 WHERE station_id = ? AND name = ?",
            (station_id, name),
        ).fetchone()
        if row is None:
            return None
        return StationSecret(station_id, name, self._decrypt(station_id, row[0]))
