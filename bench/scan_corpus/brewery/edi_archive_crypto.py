"""Encryption of archived EDI documents before they go to cold storage."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_BYTES = 12
TAG_BYTES = 16


class ArchiveCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("archive key must be 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "ArchiveCipher":
        return cls(base64.b64decode(os.environ["EDI_ARCHIVE_KEY"]))

    def seal(self, document: bytes, partner_code: str) -> bytes:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(partner_code.encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(document)
        return nonce + tag + ciphertext

    def open(self, blob: bytes, partner_code: str) -> bytes:
        nonce = blob[:NONCE_BYTES]
        tag = blob[NONCE_BYTES:NONCE_BYTES + TAG_BYTES]
        ciphertext = blob[NONCE_BYTES + TAG_BYTES:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(partner_code.encode("ascii"))
        return cipher.decrypt_and_verify(ciphertext, tag)
