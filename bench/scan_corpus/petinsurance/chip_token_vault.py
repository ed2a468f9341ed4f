"""Deterministic tokenisation of microchip numbers.

The registry sync job needs to look up pets by chip number without storing
the raw 15-digit ISO number, so we encrypt it deterministically and index
the ciphertext column.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["CHIP_TOKEN_KEY"])
    if len(key) != 32:
        raise RuntimeError("CHIP_TOKEN_KEY must decode to 32 bytes")
    return key


class ChipTokenizer:
    def __init__(self, key: bytes | None = None):
        self._cipher = Cipher(algorithms.AES(key or _load_key()), modes.ECB())

    @staticmethod
    def _normalise(chip_number: str) -> bytes:
        return "".join(ch for ch in chip_number if ch.isdigit()).encode("ascii")

    def tokenize(self, chip_number: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(self._normalise(chip_number)) + padder.finalize()
        enc = self._cipher.encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()

    def detokenize(self, token: str) -> str:
        dec = self._cipher.decryptor()
        raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(raw) + unpadder.finalize()).decode("ascii")
