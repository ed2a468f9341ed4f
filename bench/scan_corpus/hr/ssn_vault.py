"""Field-level encryption for the national ID / SSN column."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class SSNVault:
    """Encrypts SSNs before they are written to the employees table.

    The key is a 256-bit value provisioned through a KMS-backed environment variable.
    """

    block_mode = _AES.MODE_ECB

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["SSN_ENCRYPTION_KEY"])
        if len(self._key) != 32:
            raise ValueError("SSN key must be 32 bytes")

    def _cipher(self):
        return _AES.new(self._key, self.block_mode)

    def encrypt(self, ssn: str) -> str:
        digits = ssn.replace("-", "").strip()
        if len(digits) != 9 or not digits.isdigit():
            raise ValueError("invalid SSN")
        ct = self._cipher().encrypt(pad(digits.encode(), _AES.block_size))
        return base64.b64encode(ct).decode()

    def decrypt(self, token: str) -> str:
        pt = unpad(self._cipher().decrypt(base64.b64decode(token)), _AES.block_size)
        return pt.decode()

    def masked(self, token: str) -> str:
        return "***-**-" + self.decrypt(token)[-4:]
