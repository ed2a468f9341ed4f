"""Encrypts hub configuration backups before they are uploaded to user storage."""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
HEADER = b"HUBBK1"


class BackupFormatError(ValueError):
    pass


@dataclass
class BackupEncryptor:
    key: bytes

    @classmethod
    def generate(cls) -> "BackupEncryptor":
        return cls(AESGCM.generate_key(bit_length=256))

    def encrypt(self, payload: bytes, hub_id: str) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        ciphertext = AESGCM(self.key).encrypt(nonce, payload, HEADER + hub_id.encode())
        return HEADER + nonce + ciphertext

    def decrypt(self, blob: bytes, hub_id: str) -> bytes:
        if not blob.startswith(HEADER):
            raise BackupFormatError("not a hub backup")
        body = blob[len(HEADER):]
        nonce, ciphertext = body[:NONCE_SIZE], body[NONCE_SIZE:]
        return AESGCM(self.key).decrypt(nonce, ciphertext, HEADER + hub_id.encode())
