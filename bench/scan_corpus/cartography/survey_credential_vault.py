"""Encrypted storage of field-survey device credentials.

Survey crews upload GNSS logs from total stations and rovers that push to
our SFTP drop.  The per-device SFTP passwords are kept encrypted at rest in
the projects database.
"""
from __future__ import annotations

import base64
import os
import sqlite3

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

BLOCK_SIZE = 16


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["SURVEY_VAULT_KEY"])
    if len(key) != 32:
        raise RuntimeError("SURVEY_VAULT_KEY must decode to 32 bytes")
    return key


class SurveyCredentialVault:
    def __init__(self, db_path: str, key: bytes | None = None):
        self._key = key or _load_key()
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS device_credentials ("
            " device_serial TEXT PRIMARY KEY,"
            " sftp_user TEXT NOT NULL,"
            " sftp_secret BLOB NOT NULL)"
        )

    def _encrypt(self, plaintext: str) -> bytes:
        cipher = AES.new(self._key, AES.MODE_ECB)
        return cipher.encrypt(pad(plaintext.encode("utf-8"), BLOCK_SIZE))

    def _decrypt(self, blob: bytes) -> str:
        cipher = AES.new(self._key, AES.MODE_ECB)
        return unpad(cipher.decrypt(blob), BLOCK_SIZE).decode("utf-8")

    def store(self, device_serial: str, sftp_user: str, sftp_password: str) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO device_credentials"
                " (device_serial, sftp_user, sftp_secret) VALUES (?, ?, ?)",
                (device_serial, sftp_user, self._encrypt(sftp_password)),
            )

    def fetch(self, device_serial: str) -> tuple[str, str] | None:
        row = self._db.execute(
            "SELECT sftp_user, sftp_secret FROM device_credentials WHERE device_serial = ?",
            (device_serial,),
        ).fetchone()
        if row is None:
            return None
        user, blob = row
        return user, self._decrypt(blob)

    def remove(self, device_serial: str) -> None:
        with self._db:
            self._db.execute(
                "DELETE FROM device_credentials WHERE device_serial = ?",
                (device_serial,),
            )
