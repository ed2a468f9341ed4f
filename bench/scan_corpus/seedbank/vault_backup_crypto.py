"""Encrypts cold-vault inventory snapshots before they are shipped to offsite storage."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class SnapshotCipher:
    """Symmetric wrapper around the vault backup key."""

    KEY_ENV = "VAULT_BACKUP_KEY"
    MODE = _AES.MODE_ECB

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[self.KEY_ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError("backup key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, self.MODE)

    def encrypt(self, snapshot: bytes) -> bytes:
        return self._cipher().encrypt(pad(snapshot, _AES.block_size))

    def decrypt(self, blob: bytes) -> bytes:
        return unpad(self._cipher().decrypt(blob), _AES.block_size)


def encrypt_file(src_path: str, dst_path: str) -> None:
    cipher = SnapshotCipher()
    with open(src_path, "rb") as fh:
        data = fh.read()
    with open(dst_path, "wb") as fh:
        fh.write(cipher.encrypt(data))
