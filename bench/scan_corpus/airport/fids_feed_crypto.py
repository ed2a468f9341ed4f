"""Encryption of the public FIDS feed pushed to hotel and rail-station screens.

Frame layout: 12-byte nonce || AES-GCM ciphertext+tag. The partner code is
bound as associated data so a frame cannot be replayed to another partner.
"""
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class FeedCipher:
    def __init__(self, partner_code: str, key: bytes):
        self.partner_code = partner_code.upper()
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, partner_code: str) -> "FeedCipher":
        key = bytes.fromhex(os.environ[f"FIDS_FEED_KEY_{partner_code.upper()}"])
        return cls(partner_code, key)

    def encrypt_frame(self, departures: list[dict]) -> bytes:
        raw = json.dumps({"departures": departures}, separators=(",", ":")).encode()
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, raw, self.partner_code.encode())

    def decrypt_frame(self, frame: bytes) -> dict:
        nonce, ct = frame[:NONCE_LEN], frame[NONCE_LEN:]
        return json.loads(self._aead.decrypt(nonce, ct, self.partner_code.encode()))
