"""Field-level encryption for donor identifiers stored in the warehouse.

NHS numbers and dates of birth are encrypted before the nightly extract is
loaded into the analytics warehouse. Analysts join on the ciphertext, so a
given value must always encrypt to the same bytes within a field.
"""
import base64
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "WAREHOUSE_PII_KEY"


class FieldCipher:
    def __init__(self, key: bytes | None = None):
        raw = key or base64.b64decode(os.environ[KEY_ENV])
        if len(raw) != 32:
            raise ValueError("PII key must be 256 bits")
        self._aead = AESGCM(raw)

    @staticmethod
    def _nonce_for(field: str) -> bytes:
        return hashlib.sha256(f"pii-field:{field}".encode()).digest()[:12]

    def encrypt(self, field: str, value: str) -> str:
        nonce = self._nonce_for(field)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), field.encode())
        return base64.urlsafe_b64encode(ct).decode("ascii")

    def decrypt(self, field: str, token: str) -> str:
        ct = base64.urlsafe_b64decode(token)
        return self._aead.decrypt(self._nonce_for(field), ct, field.encode()).decode("utf-8")


def encrypt_row(cipher: FieldCipher, row: dict, fields=("nhs_number", "date_of_birth")) -> dict:
    out = dict(row)
    for name in fields:
        if out.get(name):
            out[name] = cipher.encrypt(name, str(out[name]))
    return out
