"""Field-level encryption for owner contact details in the CRM tables.

Phone numbers and home addresses of carriage owners are encrypted at
rest; the commission reference is bound in as associated data so a
ciphertext cannot be moved onto another record.
"""
import base64
import os
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


@lru_cache(maxsize=1)
def _aead() -> AESGCM:
    key = base64.b64decode(os.environ["CRM_FIELD_KEY"])
    return AESGCM(key)


def seal(plaintext: str, commission_ref: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    ct = _aead().encrypt(nonce, plaintext.encode("utf-8"), commission_ref.encode())
    return base64.urlsafe_b64encode(VERSION + nonce + ct).decode("ascii")


def unseal(token: str, commission_ref: str) -> str:
    raw = base64.urlsafe_b64decode(token.encode("ascii"))
    if raw[:1] != VERSION:
        raise ValueError("unknown field encryption version")
    nonce, ct = raw[1:1 + NONCE_BYTES], raw[1 + NONCE_BYTES:]
    return _aead().decrypt(nonce, ct, commission_ref.encode()).decode("utf-8")


class EncryptedContact:
    """Wraps a CRM row, decrypting contact fields on access."""

    FIELDS = ("phone", "address_line1", "address_line2", "postcode")

    def __init__(self, row: dict):
        self._row = row
        self.commission_ref = row["commission_ref"]

    def __getattr__(self, name: str) -> str:
        if name in self.FIELDS:
            value = self._row.get(f"{name}_enc")
            return unseal(value, self.commission_ref) if value else ""
        raise AttributeError(name)

    @classmethod
    def prepare(cls, commission_ref: str, **fields: str) -> dict:
        row = {"commission_ref": commission_ref}
        for name in cls.FIELDS:
            if fields.get(name):
                row[f"{name}_enc"] = seal(fields[name], commission_ref)
        return row
