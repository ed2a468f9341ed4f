"""Encryption of driver licence numbers at rest.

Licence numbers are needed again at the counter for the licence check, so
they are stored encrypted rather than hashed.
"""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

CIPHER_SETTINGS = {
    "key_env": "LICENCE_VAULT_KEY",
    "mode": AES.MODE_ECB,
    "block_size": AES.block_size,
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[CIPHER_SETTINGS["key_env"]])
    if len(key) not in (16, 24, 32):
        raise ValueError("licence vault key must be 128, 192 or 256 bits")
    return key


class LicenceVault:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return AES.new(self._key, CIPHER_SETTINGS["mode"])

    def seal(self, licence_number: str) -> str:
        normalised = licence_number.replace(" ", "").upper().encode("ascii")
        ciphertext = self._cipher().encrypt(pad(normalised, CIPHER_SETTINGS["block_size"]))
        return base64.b64encode(ciphertext).decode("ascii")

    def open(self, sealed: str) -> str:
        ciphertext = base64.b64decode(sealed)
        plain = unpad(self._cipher().decrypt(ciphertext), CIPHER_SETTINGS["block_size"])
        return plain.decode("ascii")
