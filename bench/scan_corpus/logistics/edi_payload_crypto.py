"""Encrypts outbound EDI interchanges before they are dropped for the customs broker.

The broker decrypts with the shared key agreed in the interchange agreement;
the key is rotated yearly and delivered through the secrets manager.
"""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class InterchangeCipher:
    block_size = 16
    block_iv = bytes(16)

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "BROKER_EDI_KEY") -> "InterchangeCipher":
        return cls(bytes.fromhex(os.environ[var]))

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=self.block_iv)

    def seal(self, interchange: bytes) -> bytes:
        return self._cipher().encrypt(pad(interchange, self.block_size))

    def open(self, blob: bytes) -> bytes:
        return unpad(self._cipher().decrypt(blob), self.block_size)


def seal_file(src: Path, dest_dir: Path, cipher: InterchangeCipher) -> Path:
    """Encrypt one X12/EDIFACT file into the broker outbox as ``<name>.enc``."""
    dest = dest_dir / (src.name + ".enc")
    tmp = dest.with_suffix(".part")
    tmp.write_bytes(cipher.seal(src.read_bytes()))
    tmp.replace(dest)
    return dest
