"""Encryption of licence plates at rest for the LPR read store.

Plates are encrypted before they are written to the reads table. The scheme is
deterministic so the hotlist matcher can look up a plate by its ciphertext
without decrypting the whole table.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["LPR_PLATE_KEY"])
    if len(key) not in (16, 24, 32):
        raise ValueError("LPR_PLATE_KEY must decode to 16, 24 or 32 bytes")
    return key


class PlateVault:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    @staticmethod
    def normalize(plate: str, state: str) -> bytes:
        return f"{state.upper()}:{plate.replace(' ', '').upper()}".encode()

    def seal(self, plate: str, state: str) -> str:
        ct = self._cipher().encrypt(pad(self.normalize(plate, state), _AES.block_size))
        return base64.b64encode(ct).decode()

    def open(self, token: str) -> tuple[str, str]:
        pt = unpad(self._cipher().decrypt(base64.b64decode(token)), _AES.block_size)
        state, plate = pt.decode().split(":", 1)
        return plate, state
