"""Per-session keys for the payment terminal link (firmware 5.x and later).

Each session derives a fresh AES-256 key from the lane's provisioned master
secret and a random session salt exchanged during the handshake.
"""
from __future__ import annotations

import json
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_LEN = 12


def derive_session_key(master_secret: bytes, session_salt: bytes, lane: int) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=session_salt,
        info=f"terminal-lane-{lane}".encode(),
    )
    return hkdf.derive(master_secret)


class TerminalSession:
    def __init__(self, master_secret: bytes, lane: int):
        self.session_salt = os.urandom(16)
        self._aead = AESGCM(derive_session_key(master_secret, self.session_salt, lane))
        self._lane = lane

    def encode(self, message: dict) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        aad = f"lane:{self._lane}".encode()
        return nonce + self._aead.encrypt(nonce, json.dumps(message).encode(), aad)

    def decode(self, frame: bytes) -> dict:
        nonce, ciphertext = frame[:NONCE_LEN], frame[NONCE_LEN:]
        aad = f"lane:{self._lane}".encode()
        return json.loads(self._aead.decrypt(nonce, ciphertext, aad))
