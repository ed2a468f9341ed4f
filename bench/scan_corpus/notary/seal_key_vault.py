"""Encrypts notary seal private keys before they are written to the keys table."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class SealKeyVault:
    """Wraps PEM-encoded seal keys with the tenant key-encryption key."""

    BLOCK_MODE = _AES.MODE_ECB
    KEK_ENV = "SEAL_KEK_B64"

    def __init__(self, kek: bytes | None = None):
        if kek is None:
            kek = base64.b64decode(os.environ[self.KEK_ENV])
        if len(kek) != 32:
            raise ValueError("seal KEK must be 256 bits")
        self._kek = kek

    def _cipher(self):
        return _AES.new(self._kek, self.BLOCK_MODE)

    def wrap(self, pem: bytes) -> str:
        blob = self._cipher().encrypt(pad(pem, _AES.block_size))
        return base64.b64encode(blob).decode("ascii")

    def unwrap(self, stored: str) -> bytes:
        blob = base64.b64decode(stored)
        return unpad(self._cipher().decrypt(blob), _AES.block_size)


def rewrap_all(rows, old: SealKeyVault, new: SealKeyVault):
    """Used by the KEK rotation job."""
    for row in rows:
        row.encrypted_key = new.wrap(old.unwrap(row.encrypted_key))
        yield row
