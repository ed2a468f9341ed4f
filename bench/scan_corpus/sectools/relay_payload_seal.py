"""Payload sealing for events relayed to the regional SIEM collectors.

Frames are ``enc=c20p1305;<base64(nonce | ciphertext+tag)>`` and the collector
id is bound in as associated data so frames cannot be replayed elsewhere.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FRAME_PREFIX = b"enc=c20p1305;"
NONCE_BYTES = 12


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["RELAY_SEAL_KEY"])
    if len(key) != 32:
        raise ValueError("relay seal key must be 32 bytes")
    return key


class Sealer:
    def __init__(self, collector_id: str, key: bytes | None = None):
        self._aead = ChaCha20Poly1305(key or _load_key())
        self._aad = collector_id.encode("utf-8")

    def seal(self, event_line: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        body = self._aead.encrypt(nonce, event_line.encode("utf-8"), self._aad)
        return FRAME_PREFIX + base64.b64encode(nonce + body) + b"\n"

    def unseal(self, frame: bytes) -> str:
        if not frame.startswith(FRAME_PREFIX):
            raise ValueError("unexpected frame type")
        blob = base64.b64decode(frame[len(FRAME_PREFIX):].strip())
        nonce, body = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, body, self._aad).decode("utf-8")
