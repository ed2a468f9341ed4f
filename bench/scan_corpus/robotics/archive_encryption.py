"""Encryption for telemetry archives before they move to cold storage."""
from __future__ import annotations

import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"FTA1"
NONCE_LEN = 12
HEADER = struct.Struct(">4sB12s")  # magic, key version, nonce
KEY_ENV_PREFIX = "ARCHIVE_KEY_V"


class ArchiveCipher:
    def __init__(self, keys: dict[int, bytes], current_version: int):
        if current_version not in keys:
            raise KeyError(f"no archive key for version {current_version}")
        self._keys = keys
        self._current = current_version

    def encrypt(self, plaintext: bytes, archive_name: str) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        aead = AESGCM(self._keys[self._current])
        ct = aead.encrypt(nonce, plaintext, archive_name.encode())
        return HEADER.pack(MAGIC, self._current, nonce) + ct

    def decrypt(self, blob: bytes, archive_name: str) -> bytes:
        magic, version, nonce = HEADER.unpack_from(blob)
        if magic != MAGIC:
            raise ValueError("not a fleet telemetry archive")
        key = self._keys.get(version)
        if key is None:
            raise KeyError(f"archive key version {version} is not loaded")
        return AESGCM(key).decrypt(nonce, blob[HEADER.size:], archive_name.encode())


def load_keys_from_env() -> dict[int, bytes]:
    keys = {}
    for name, value in os.environ.items():
        suffix = name[len(KEY_ENV_PREFIX):]
        if name.startswith(KEY_ENV_PREFIX) and suffix.isdigit():
            keys[int(suffix)] = bytes.fromhex(value)
    return keys
