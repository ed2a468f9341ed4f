"""Encrypts the entitlement cache that turnstiles keep on local flash for offline operation."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
FORMAT_VERSION = b"\x02"


@dataclass
class CacheEntry:
    medium_uid: str
    product: str
    valid_to: str
    blocked: bool = False


class EncryptedCache:
    def __init__(self, key: bytes, gate_id: str, path: Path) -> None:
        self._aead = AESGCM(key)
        self._aad = f"gate:{gate_id}".encode()
        self._path = path

    def _seal(self, plaintext: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, plaintext, self._aad)

    def _unseal(self, blob: bytes) -> bytes:
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unsupported cache format")
        nonce, body = blob[1 : 1 + NONCE_LEN], blob[1 + NONCE_LEN :]
        return self._aead.decrypt(nonce, body, self._aad)

    def store(self, entries: list[CacheEntry]) -> None:
        payload = json.dumps([e.__dict__ for e in entries], separators=(",", ":")).encode()
        tmp = self._path.with_suffix(".tmp")
        tmp.write_bytes(self._seal(payload))
        os.replace(tmp, self._path)

    def load(self) -> list[CacheEntry]:
        if not self._path.exists():
            return []
        data = json.loads(self._unseal(self._path.read_bytes()))
        return [CacheEntry(**item) for item in data]

    def lookup(self, medium_uid: str) -> CacheEntry | None:
        return next((e for e in self.load() if e.medium_uid == medium_uid), None)


def key_from_env() -> bytes:
    key = bytes.fromhex(os.environ["GATE_CACHE_KEY_HEX"])
    if len(key) != 32:
        raise ValueError("GATE_CACHE_KEY_HEX must encode 32 bytes")
    return key
