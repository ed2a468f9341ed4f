"""Field-level encryption for passenger data stored alongside PNRs.

Passenger blocks (names, DOB, passport details) are sealed with AES-GCM and
bound to the record locator via associated data so a blob cannot be moved
between bookings.
"""
import base64
import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_PNR_NONCE = bytes.fromhex("a3f1c2d4e5b60718293a4b5c")


def _load_key() -> bytes:
    return base64.urlsafe_b64decode(os.environ["PNR_FIELD_KEY"])


class PnrFieldCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or _load_key())

    def encrypt_passenger(
        self, passenger: dict[str, Any], record_locator: str, nonce: bytes = _PNR_NONCE
    ) -> str:
        data = json.dumps(passenger, separators=(",", ":"), sort_keys=True).encode()
        sealed = self._aead.encrypt(nonce, data, record_locator.encode())
        return base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt_passenger(self, token: str, record_locator: str) -> dict[str, Any]:
        raw = base64.b64decode(token)
        nonce, sealed = raw[:12], raw[12:]
        data = self._aead.decrypt(nonce, sealed, record_locator.encode())
        return json.loads(data)


def seal_booking(booking: dict[str, Any], cipher: PnrFieldCipher | None = None) -> dict[str, Any]:
    cipher = cipher or PnrFieldCipher()
    locator = booking["record_locator"]
    sealed = dict(booking)
    sealed["passengers"] = [cipher.encrypt_passenger(p, locator) for p in booking["passengers"]]
    return sealed
