"""Encryption of entitlement blobs cached on the player's device."""
import base64
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

NONCE_BYTES = 12
TAG_BYTES = 16


class EntitlementSealer:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    @classmethod
    def from_env(cls) -> "EntitlementSealer":
        return cls(base64.b64decode(os.environ["ENTITLEMENT_KEY"]))

    def seal(self, player_id: int, blob: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        enc = Cipher(algorithms.AES(self._key), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(str(player_id).encode())
        ciphertext = enc.update(blob) + enc.finalize()
        return nonce + ciphertext + enc.tag

    def open(self, player_id: int, sealed: bytes) -> bytes:
        nonce = sealed[:NONCE_BYTES]
        tag = sealed[-TAG_BYTES:]
        ciphertext = sealed[NONCE_BYTES:-TAG_BYTES]
        dec = Cipher(algorithms.AES(self._key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(str(player_id).encode())
        return dec.update(ciphertext) + dec.finalize()
