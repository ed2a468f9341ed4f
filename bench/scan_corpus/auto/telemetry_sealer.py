"""Envelope encryption for telemetry batches written to the cold archive."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_KEY_ENV = "TELEMETRY_ARCHIVE_KEY"
_NONCE_BYTES = 12


def _archive_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) not in (16, 24, 32):
        raise ValueError("archive key must be 128, 192 or 256 bits")
    return key


class FrameSealer:
    """Seals frame batches; the VIN is bound in as associated data."""

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or _archive_key())

    def seal(self, vin: str, payload: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, payload, vin.encode())

    def open(self, vin: str, blob: bytes) -> bytes:
        nonce, ciphertext = blob[:_NONCE_BYTES], blob[_NONCE_BYTES:]
        return self._aead.decrypt(nonce, ciphertext, vin.encode())
