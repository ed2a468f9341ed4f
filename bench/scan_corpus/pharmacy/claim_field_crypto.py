"""Field-level encryption for sensitive claim attributes (member id, DOB, diagnosis codes)."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
ENVELOPE_VERSION = b"\x01"


class ClaimFieldCipher:
    """AES-256-GCM with the claim id bound in as associated data."""

    def __init__(self, key: bytes | None = None) -> None:
        if key is None:
            key = base64.b64decode(os.environ["CLAIM_FIELD_KEY"])
        self._aead = AESGCM(key)

    def encrypt(self, claim_id: str, value: str) -> str:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), claim_id.encode())
        return base64.urlsafe_b64encode(ENVELOPE_VERSION + nonce + ct).decode()

    def decrypt(self, claim_id: str, token: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        if raw[:1] != ENVELOPE_VERSION:
            raise ValueError("unknown envelope version")
        nonce, ct = raw[1 : 1 + NONCE_SIZE], raw[1 + NONCE_SIZE :]
        return self._aead.decrypt(nonce, ct, claim_id.encode()).decode("utf-8")


SENSITIVE_FIELDS = ("member_id", "date_of_birth", "diagnosis_codes")


def protect_claim(cipher: ClaimFieldCipher, claim: dict) -> dict:
    out = dict(claim)
    for field in SENSITIVE_FIELDS:
        if out.get(field) is not None:
            out[field] = cipher.encrypt(claim["claim_id"], str(out[field]))
    return out
