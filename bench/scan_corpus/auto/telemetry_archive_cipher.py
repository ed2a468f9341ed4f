"""At-rest encryption for raw CAN telemetry frames stored in the cold archive."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_ENV = "TELEMETRY_ARCHIVE_KEY"


def _archive_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) not in (16, 24, 32):
        raise ValueError("archive key must be 128, 192 or 256 bits")
    return key


class FrameArchiver:
    """Encrypts and decrypts frame batches before they go to object storage."""

    block_size = _AES.block_size

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _archive_key()

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def seal(self, payload: bytes) -> bytes:
        return self._cipher().encrypt(pad(payload, self.block_size))

    def open(self, blob: bytes) -> bytes:
        return unpad(self._cipher().decrypt(blob), self.block_size)
