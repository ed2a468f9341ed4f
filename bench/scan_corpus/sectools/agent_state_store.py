"""Encrypted on-disk state for the endpoint inventory agent.

Holds the last reported snapshot so the next check-in can send a diff.
Layout of the file: nonce (12) | tag (16) | ciphertext.
"""
import json
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_SIZE = 12
TAG_SIZE = 16


class SnapshotCache:
    aad = b"inventory-agent/snapshot/v2"

    def __init__(self, path: Path, key: bytes | None = None):
        self.path = Path(path)
        self.key = key or bytes.fromhex(os.environ["INV_AGENT_CACHE_KEY"])
        if len(self.key) != 32:
            raise ValueError("cache key must be 256 bits")

    def _seal(self, data: bytes) -> bytes:
        nonce = get_random_bytes(NONCE_SIZE)
        cipher = _AES.new(self.key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self.aad)
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return nonce + tag + ciphertext

    def _open(self, blob: bytes) -> bytes:
        nonce, tag, ciphertext = blob[:NONCE_SIZE], blob[NONCE_SIZE:NONCE_SIZE + TAG_SIZE], blob[NONCE_SIZE + TAG_SIZE:]
        cipher = _AES.new(self.key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self.aad)
        return cipher.decrypt_and_verify(ciphertext, tag)

    def save(self, snapshot: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(self._seal(json.dumps(snapshot, sort_keys=True).encode()))
        os.chmod(self.path, 0o600)

    def load(self) -> dict | None:
        if not self.path.exists():
            return None
        return json.loads(self._open(self.path.read_bytes()))
