"""Encrypts cold-vault inventory snapshots before offsite replication."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes


class SnapshotSealer:
    KEY_ENV = "VAULT_SNAPSHOT_KEY"
    MODE = _AES.MODE_GCM
    NONCE_BYTES = 12

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ[self.KEY_ENV])
        if len(self._key) != 32:
            raise ValueError("snapshot key must be 256 bits")

    def seal(self, snapshot: bytes, vault_id: str) -> bytes:
        nonce = get_random_bytes(self.NONCE_BYTES)
        cipher = _AES.new(self._key, self.MODE, nonce=nonce)
        cipher.update(vault_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(snapshot)
        return nonce + tag + ciphertext

    def open(self, blob: bytes, vault_id: str) -> bytes:
        nonce, tag, ciphertext = blob[: self.NONCE_BYTES], blob[self.NONCE_BYTES:self.NONCE_BYTES + 16], blob[self.NONCE_BYTES + 16:]
        cipher = _AES.new(self._key, self.MODE, nonce=nonce)
        cipher.update(vault_id.encode())
        return cipher.decrypt_and_verify(ciphertext, tag)
