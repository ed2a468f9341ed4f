"""At-rest encryption for wearable OAuth refresh tokens.

Refresh tokens for Garmin/Polar/Whoop links are stored in
``wearable_links.refresh_token_enc``. The data key comes from the KMS
envelope at startup and is kept only in memory.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TokenVault:
    def __init__(self, data_key: bytes):
        if len(data_key) not in (16, 24, 32):
            raise ValueError("data key must be an AES key")
        self._key = data_key

    @classmethod
    def from_env(cls) -> "TokenVault":
        return cls(base64.b64decode(os.environ["WEARABLE_TOKEN_DATA_KEY"]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, token: str) -> str:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(token.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(padded) + enc.finalize()).decode("ascii")

    def decrypt(self, blob: str) -> str:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(blob)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def rotate_link(link, vault: TokenVault, new_refresh_token: str) -> None:
    link.refresh_token_enc = vault.encrypt(new_refresh_token)
    link.save(update_fields=["refresh_token_enc"])
