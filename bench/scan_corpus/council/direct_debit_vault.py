"""Field-level encryption for direct debit mandates (council tax and
business rates). Account numbers and sort codes are encrypted before they
are written to the revenues database.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class MandateVault:
    BLOCK = 16
    IV = bytes.fromhex("6d616e646174652d7661756c742d3031")

    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["DD_MANDATE_KEY"])
        if len(key) != 32:
            raise ValueError("mandate key must be 256 bits")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=self.IV)

    def encrypt(self, plaintext: str) -> str:
        ct = self._cipher().encrypt(pad(plaintext.encode("utf-8"), self.BLOCK))
        return base64.b64encode(ct).decode("ascii")

    def decrypt(self, token: str) -> str:
        pt = unpad(self._cipher().decrypt(base64.b64decode(token)), self.BLOCK)
        return pt.decode("utf-8")

    def encrypt_mandate(self, sort_code: str, account_number: str) -> dict:
        return {
            "sort_code_enc": self.encrypt(sort_code.replace("-", "")),
            "account_number_enc": self.encrypt(account_number),
            "account_last4": account_number[-4:],
        }
