"""Deterministic card fingerprints used to detect duplicate payment methods."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad

_KEY_ENV = "CARD_FINGERPRINT_KEY"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) not in (16, 24, 32):
        raise ValueError("fingerprint key must be 128, 192 or 256 bits")
    return key


class CardFingerprinter:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def fingerprint(self, pan: str, exp_month: int, exp_year: int) -> str:
        material = f"{pan}|{exp_month:02d}|{exp_year}".encode()
        cipher = _AES.new(self._key, _AES.MODE_ECB)
        return base64.urlsafe_b64encode(cipher.encrypt(pad(material, 16))).decode()
