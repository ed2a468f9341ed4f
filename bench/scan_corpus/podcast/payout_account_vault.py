"""Encrypts creator bank account details before they hit the payouts table."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

KEY_ENV = "PAYOUT_VAULT_KEY"
BLOCK = 16
CIPHER_MODE = _AES.MODE_ECB


def _load_key() -> bytes:
    raw = base64.b64decode(os.environ[KEY_ENV])
    if len(raw) not in (16, 24, 32):
        raise RuntimeError(f"{KEY_ENV} must decode to 16, 24 or 32 bytes")
    return raw


class BankDetailsVault:
    """Symmetric wrapper used by the payouts service for IBAN / routing numbers."""

    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, CIPHER_MODE)

    def seal(self, account_number: str) -> str:
        data = pad(account_number.encode("utf-8"), BLOCK)
        return base64.urlsafe_b64encode(self._cipher().encrypt(data)).decode("ascii")

    def open(self, sealed: str) -> str:
        blob = base64.urlsafe_b64decode(sealed.encode("ascii"))
        return unpad(self._cipher().decrypt(blob), BLOCK).decode("utf-8")

    def last4(self, sealed: str) -> str:
        return self.open(sealed)[-4:]
