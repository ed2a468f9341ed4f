"""Encryption of proof-of-delivery photos before they go to cold storage."""
from __future__ import annotations

import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from courier.kms import unwrap_data_key

FORMAT_VERSION = 1
HEADER = struct.Struct(">B12s")


class PhotoSealer:
    def __init__(self, wrapped_key: bytes):
        self._aead = AESGCM(unwrap_data_key(wrapped_key))

    @staticmethod
    def _aad(parcel_id: str, attempt: int) -> bytes:
        return f"{parcel_id}:{attempt}".encode()

    def seal(self, parcel_id: str, attempt: int, jpeg: bytes) -> bytes:
        nonce = os.urandom(12)
        body = self._aead.encrypt(nonce, jpeg, self._aad(parcel_id, attempt))
        return HEADER.pack(FORMAT_VERSION, nonce) + body

    def unseal(self, parcel_id: str, attempt: int, blob: bytes) -> bytes:
        version, nonce = HEADER.unpack_from(blob)
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported photo envelope version {version}")
        return self._aead.decrypt(nonce, blob[HEADER.size:], self._aad(parcel_id, attempt))


def seal_batch(sealer: PhotoSealer, photos: list[tuple[str, int, bytes]]) -> list[bytes]:
    """Seal every (parcel_id, attempt, jpeg) tuple from one handheld upload."""
    return [sealer.seal(pid, attempt, jpeg) for pid, attempt, jpeg in photos]
