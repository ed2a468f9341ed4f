"""Staff PIN verification for the in-store manager override menu.

Managers unlock refunds, item voids and the maintenance screen by typing their
PIN on the kiosk. PIN hashes are synced down from the back office as part of
the store roster, so the derivation parameters have to stay in step with the
roster service.
"""
from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

# Must match roster-service/settings.py (KDF_PROFILE_V2).
ROSTER_KDF = {
    "algorithm": "sha256",
    "iterations": 50_000,
    "length": 32,
    "salt_bytes": 16,
}

_DIGESTS = {"sha256": hashes.SHA256, "sha512": hashes.SHA512}


@dataclass(frozen=True)
class StaffCredential:
    employee_id: str
    role: str
    salt_b64: str
    pin_hash_b64: str


def _derive(pin: str, salt: bytes, params: dict = ROSTER_KDF) -> bytes:
    kdf = PBKDF2HMAC(
        algorithm=_DIGESTS[params["algorithm"]](),
        length=params["length"],
        salt=salt,
        iterations=params["iterations"],
    )
    return kdf.derive(pin.encode("utf-8"))


def enroll(employee_id: str, role: str, pin: str) -> StaffCredential:
    salt = os.urandom(ROSTER_KDF["salt_bytes"])
    digest = _derive(pin, salt)
    return StaffCredential(
        employee_id=employee_id,
        role=role,
        salt_b64=base64.b64encode(salt).decode(),
        pin_hash_b64=base64.b64encode(digest).decode(),
    )


def verify(credential: StaffCredential, pin: str) -> bool:
    salt = base64.b64decode(credential.salt_b64)
    expected = base64.b64decode(credential.pin_hash_b64)
    return hmac.compare_digest(_derive(pin, salt), expected)
