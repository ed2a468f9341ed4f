"""Opaque tokens for sample barcodes sent to partner sequencing labs.

Partner labs never see our internal barcodes; they receive a token they echo
back in result files, which we decrypt to map results onto aliquots.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["BARCODE_TOKEN_KEY"])
    if len(key) != 32:
        raise RuntimeError("BARCODE_TOKEN_KEY must decode to 32 bytes")
    return key


class BarcodeTokenizer:
    def __init__(self, key: bytes | None = None):
        self._cipher = Cipher(algorithms.AES(key or _load_key()), modes.ECB())

    def tokenize(self, barcode: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(barcode.encode("ascii")) + padder.finalize()
        enc = self._cipher.encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()

    def detokenize(self, token: str) -> str:
        dec = self._cipher.decryptor()
        raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(raw) + unpadder.finalize()).decode("ascii")
