"""Encryption of customer access notes (alarm instructions, pet warnings, parking).

Notes are encrypted before they are written to the jobs database and decrypted
when the engineer's job sheet is rendered.
"""

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def load_config(env=os.environ) -> dict:
    return {
        "notes_key": bytes.fromhex(env["NOTES_ENC_KEY"]),
        "notes_iv": bytes.fromhex(env["NOTES_ENC_IV"]),
    }


class AccessNotesCipher:
    def __init__(self, config: dict | None = None):
        config = config or load_config()
        self._key = config["notes_key"]
        self._iv = config["notes_iv"]

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def encrypt(self, text: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(text.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")
