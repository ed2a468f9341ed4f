"""Encrypted offline cache for workshop tablets.

Mechanics keep working on job cards when the shop Wi-Fi drops. The tablet
app stores pending job card edits in a local SQLite file; each row is sealed
with AES-GCM under a key provisioned by the MDM profile.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class OfflineJobCache:
    def __init__(self, db_path: Path, tablet_id: str, key: bytes) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS pending (job_id TEXT PRIMARY KEY, blob BLOB)"
        )
        self._aead = AESGCM(key)
        self._tablet_id = tablet_id
        self._nonce = hashlib.sha256(tablet_id.encode("utf-8")).digest()[:12]

    def _seal(self, payload: dict) -> bytes:
        plaintext = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        return self._aead.encrypt(self._nonce, plaintext, self._tablet_id.encode())

    def _unseal(self, blob: bytes) -> dict:
        plaintext = self._aead.decrypt(self._nonce, blob, self._tablet_id.encode())
        return json.loads(plaintext)

    def put(self, job_id: str, edits: dict) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO pending (job_id, blob) VALUES (?, ?)",
            (job_id, self._seal(edits)),
        )
        self._conn.commit()

    def pending(self) -> dict[str, dict]:
        rows = self._conn.execute("SELECT job_id, blob FROM pending").fetchall()
        return {job_id: self._unseal(blob) for job_id, blob in rows}

    def drop(self, job_id: str) -> None:
        self._conn.execute("DELETE FROM pending WHERE job_id = ?", (job_id,))
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
