"""Storage for RTMP/SRT ingest stream keys used by the outside-broadcast vans.

Keys are kept encrypted at rest in the ops database; the data key comes from
the KMS-backed environment variable ``STREAM_KEY_DEK`` (base64, 32 bytes).
"""
from __future__ import annotations

import base64
import logging
import os
import sqlite3
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger(__name__)

PROTOCOLS = ("rtmp", "rtmps", "srt")


@dataclass(frozen=True)
class IngestEndpoint:
    van_id: str
    protocol: str
    url: str


class StreamKeyStore:
    def __init__(self, db_path: str, dek_b64: str | None = None) -> None:
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS stream_keys ("
            "van_id TEXT PRIMARY KEY, protocol TEXT, url TEXT, key_blob BLOB)"
        )
        raw = base64.b64decode(dek_b64 or os.environ["STREAM_KEY_DEK"])
        if len(raw) != 32:
            raise ValueError("stream key DEK must be 32 bytes")
        self._dek = raw

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._dek), modes.ECB())

    def _encrypt(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def _decrypt(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(data) + unpadder.finalize()

    def put(self, endpoint: IngestEndpoint, stream_key: str) -> None:
        if endpoint.protocol not in PROTOCOLS:
            raise ValueError(f"unsupported protocol {endpoint.protocol}")
        blob = self._encrypt(stream_key.encode("utf-8"))
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO stream_keys VALUES (?, ?, ?, ?)",
                (endpoint.van_id, endpoint.protocol, endpoint.url, blob),
            )
        log.info("stored ingest key for van %s (%s)", endpoint.van_id, endpoint.protocol)

    def get(self, van_id: str) -> tuple[IngestEndpoint, str] | None:
        row = self._db.execute(
            "SELECT van_id, protocol, url, key_blob FROM stream_keys WHERE van_id = ?",
            (van_id,),
        ).fetchone()
        if row is None:
            return None
        endpoint = IngestEndpoint(row[0], row[1], row[2])
        return endpoint, self._decrypt(row[3]).decode("utf-8")

    def vans(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT van_id FROM stream_keys ORDER BY van_id")]

    def remove(self, van_id: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM stream_keys WHERE van_id = ?", (van_id,))
