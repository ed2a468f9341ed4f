"""At-rest encryption of the handheld's offline inspection cache.

Inspections captured while the handheld is out of coverage are kept in a
local SQLite cache; each record body is sealed with AES-GCM under a key held
in the device keystore.
"""
import json
import os
import sqlite3

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wheeltapper.handheld.keystore import load_cache_key

NONCE_BYTES = 12


class CacheCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or load_cache_key())

    def seal(self, record_id: str, record: dict) -> bytes:
        iv = os.urandom(NONCE_BYTES)
        body = json.dumps(record, separators=(",", ":")).encode("utf-8")
        return iv + self._aead.encrypt(iv, body, record_id.encode("ascii"))

    def open(self, record_id: str, blob: bytes) -> dict:
        iv, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        body = self._aead.decrypt(iv, ciphertext, record_id.encode("ascii"))
        return json.loads(body)


class OfflineCache:
    def __init__(self, path: str, cipher: CacheCipher | None = None):
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS cache (id TEXT PRIMARY KEY, blob BLOB)")
        self._cipher = cipher or CacheCipher()

    def put(self, record_id: str, record: dict) -> None:
        blob = self._cipher.seal(record_id, record)
        self._db.execute("INSERT OR REPLACE INTO cache (id, blob) VALUES (?, ?)", (record_id, blob))
        self._db.commit()

    def get(self, record_id: str) -> dict | None:
        row = self._db.execute("SELECT blob FROM cache WHERE id = ?", (record_id,)).fetchone()
        return self._cipher.open(record_id, row[0]) if row else None
