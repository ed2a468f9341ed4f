"""Field-level encryption for borrower SSNs stored in the origination database.

Underwriting needs to find existing applications for the same borrower, so the
stored value has to be deterministic for a given SSN and key.
"""
from __future__ import annotations

import base64
import os
import re

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers import modes as _modes

_SSN_RE = re.compile(r"^\d{3}-?\d{2}-?\d{4}$")
_BLOCK_MODE = _modes.ECB


class SSNVault:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("SSN vault key must be 256 bits")
        self._cipher = Cipher(algorithms.AES(key), _BLOCK_MODE())

    @classmethod
    def from_env(cls) -> "SSNVault":
        return cls(base64.b64decode(os.environ["SSN_VAULT_KEY_B64"]))

    @staticmethod
    def normalise(ssn: str) -> str:
        if not _SSN_RE.match(ssn.strip()):
            raise ValueError("not a valid SSN")
        return ssn.replace("-", "").strip()

    def seal(self, ssn: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(self.normalise(ssn).encode()) + padder.finalize()
        enc = self._cipher.encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()

    def open(self, token: str) -> str:
        dec = self._cipher.decryptor()
        raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(raw) + unpadder.finalize()).decode()

    @staticmethod
    def last_four(ssn: str) -> str:
        return SSNVault.normalise(ssn)[-4:]
