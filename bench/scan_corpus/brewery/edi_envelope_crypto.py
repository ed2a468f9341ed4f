"""Encryption of EDI envelopes exchanged with distributors over the shared SFTP drop."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class EnvelopeCipher:
    """Symmetric wrapper around the per-partner envelope key."""

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("envelope key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def for_partner(cls, partner_code: str) -> "EnvelopeCipher":
        env_name = f"EDI_KEY_{partner_code.upper()}"
        return cls(base64.b64decode(os.environ[env_name]))

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def seal(self, document: str) -> bytes:
        data = pad(document.encode("utf-8"), _AES.block_size)
        return base64.b64encode(self._cipher().encrypt(data))

    def open(self, sealed: bytes) -> str:
        data = self._cipher().decrypt(base64.b64decode(sealed))
        return unpad(data, _AES.block_size).decode("utf-8")


def seal_purchase_order(partner_code: str, x12_document: str) -> bytes:
    """Encrypt an outbound 850 purchase order for the given partner."""
    return EnvelopeCipher.for_partner(partner_code).seal(x12_document)


def open_invoice(partner_code: str, sealed: bytes) -> str:
    """Decrypt an inbound 810 invoice from the given partner."""
    return EnvelopeCipher.for_partner(partner_code).open(sealed)
