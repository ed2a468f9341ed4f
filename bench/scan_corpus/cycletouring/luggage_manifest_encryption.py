"""Encrypts luggage manifests (names, room numbers, bag counts) sent to transfer drivers."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class ManifestEntry:
    booking_ref: str
    guest_name: str
    from_guesthouse: str
    to_guesthouse: str
    bags: int


class ManifestSealer:
    def __init__(self, key: bytes, driver_id: str):
        self._aead = AESGCM(key)
        self._aad = f"manifest:{driver_id}".encode("utf-8")

    @classmethod
    def for_driver(cls, driver_id: str) -> "ManifestSealer":
        return cls(base64.b64decode(os.environ["MANIFEST_KEY"]), driver_id)

    def seal(self, entries: list[ManifestEntry]) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps([asdict(e) for e in entries]).encode("utf-8")
        ciphertext = self._aead.encrypt(nonce, plaintext, self._aad)
        return base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")

    def unseal(self, token: str) -> list[ManifestEntry]:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        plaintext = self._aead.decrypt(nonce, ciphertext, self._aad)
        return [ManifestEntry(**item) for item in json.loads(plaintext)]


def daily_manifests(entries: list[ManifestEntry], drivers: dict[str, list[str]]) -> dict[str, str]:
    """Seals, per driver, only the bookings on that driver's legs."""
    sealed = {}
    for driver_id, refs in drivers.items():
        mine = [e for e in entries if e.booking_ref in refs]
        if mine:
            sealed[driver_id] = ManifestSealer.for_driver(driver_id).seal(mine)
    return sealed
