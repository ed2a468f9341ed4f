"""Encryption for claimant PII columns (driving licence number, date of birth).

Each value is sealed with AES-GCM and bound to its claim id as associated
data, so a ciphertext copied onto another claim row fails to decrypt.
"""
from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


class PiiCipher:
    def __init__(self, key: bytes | None = None, key_env: str = "CLAIMANT_PII_KEY") -> None:
        self._aead = AESGCM(key or base64.b64decode(os.environ[key_env]))

    def seal(self, plaintext: str, claim_id: str) -> str:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, plaintext.encode(), claim_id.encode())
        return base64.urlsafe_b64encode(nonce + ct).decode()

    def open(self, token: str, claim_id: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        nonce, ct = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ct, claim_id.encode()).decode()


def rotate(old: PiiCipher, new: PiiCipher, token: str, claim_id: str) -> str:
    """Re-encrypt a stored value under the new key during key rotation."""
    try:
        value = old.open(token, claim_id)
    except InvalidTag:
        # already rotated in an earlier, interrupted run
        new.open(token, claim_id)
        return token
    return new.seal(value, claim_id)
