"""At-rest encryption for closed-record scans written to the dark archive bucket.

Closed records (personal data under the 100-year rule) are encrypted before
upload; the key is provisioned by the infrastructure team per environment.
"""

import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_ENV = "DARK_ARCHIVE_KEY_HEX"
_CIPHER_MODE = _AES.MODE_ECB


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must be a 256-bit key")
    return key


class RestrictedRecordCipher:
    """Wraps the bytes of a master TIFF or PDF before it leaves the ingest host."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, _CIPHER_MODE)

    def seal(self, data: bytes) -> bytes:
        return self._cipher().encrypt(pad(data, _AES.block_size))

    def unseal(self, blob: bytes) -> bytes:
        return unpad(self._cipher().decrypt(blob), _AES.block_size)

    def seal_file(self, src_path: str, dst_path: str) -> int:
        with open(src_path, "rb") as fh:
            sealed = self.seal(fh.read())
        with open(dst_path, "wb") as out:
            out.write(sealed)
        return len(sealed)
