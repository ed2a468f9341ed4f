"""Offline cache of loyalty card references for the shop tills.

When the shop loses connectivity the tills keep accepting loyalty cards.
Card references are encrypted at rest in a local cache file until they can
be reconciled with the loyalty service.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CACHE_BLOCK_BITS = 64


def _cache_algorithm(key: bytes):
    return algorithms.TripleDES(key)


class LoyaltyCardCache:
    def __init__(self, cache_dir: Path, key: bytes) -> None:
        if len(key) != 24:
            raise ValueError("cache key must be 24 bytes")
        self._dir = cache_dir
        self._key = key
        self._dir.mkdir(parents=True, exist_ok=True)

    def _encrypt(self, data: bytes) -> bytes:
        iv = os.urandom(CACHE_BLOCK_BITS // 8)
        padder = padding.PKCS7(CACHE_BLOCK_BITS).padder()
        padded = padder.update(data) + padder.finalize()
        enc = Cipher(_cache_algorithm(self._key), modes.CBC(iv)).encryptor()
        return iv + enc.update(padded) + enc.finalize()

    def _decrypt(self, blob: bytes) -> bytes:
        iv, body = blob[: CACHE_BLOCK_BITS // 8], blob[CACHE_BLOCK_BITS // 8 :]
        dec = Cipher(_cache_algorithm(self._key), modes.CBC(iv)).decryptor()
        padded = dec.update(body) + dec.finalize()
        unpadder = padding.PKCS7(CACHE_BLOCK_BITS).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def remember(self, till_id: str, sale_id: str, card_number: str, points: int) -> None:
        record = {"sale": sale_id, "card": card_number, "points": points}
        path = self._dir / f"{till_id}-{sale_id}.bin"
        path.write_bytes(self._encrypt(json.dumps(record).encode()))

    def drain(self, till_id: str) -> list[dict]:
        records = []
        for path in sorted(self._dir.glob(f"{till_id}-*.bin")):
            records.append(json.loads(self._decrypt(path.read_bytes())))
            path.unlink()
        return records
