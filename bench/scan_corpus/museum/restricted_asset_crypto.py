"""Encryption for restricted digitised assets (closed records, sensitive human remains imagery).

Each blob is laid out as ``nonce || tag || ciphertext`` and is bound to its
asset identifier so that blobs cannot be swapped between records.
"""
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 16
TAG_LEN = 16


def generate_key() -> bytes:
    return get_random_bytes(32)


class RestrictedAssetCrypto:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["RESTRICTED_ASSET_KEY"])

    def encrypt(self, data: bytes, asset_id: str) -> bytes:
        cipher = AES.new(self._key, AES.MODE_EAX, nonce=get_random_bytes(NONCE_LEN))
        cipher.update(asset_id.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return cipher.nonce + tag + ciphertext

    def decrypt(self, blob: bytes, asset_id: str) -> bytes:
        nonce = blob[:NONCE_LEN]
        tag = blob[NONCE_LEN:NONCE_LEN + TAG_LEN]
        ciphertext = blob[NONCE_LEN + TAG_LEN:]
        cipher = AES.new(self._key, AES.MODE_EAX, nonce=nonce)
        cipher.update(asset_id.encode("utf-8"))
        return cipher.decrypt_and_verify(ciphertext, tag)

    def encrypt_file(self, src: str, dest: str, asset_id: str) -> None:
        with open(src, "rb") as fh:
            blob = self.encrypt(fh.read(), asset_id)
        with open(dest, "wb") as out:
            out.write(blob)
