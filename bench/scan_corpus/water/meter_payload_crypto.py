"""Encrypt meter-read payloads before they are queued for the billing system.

Payloads sit in the shared message broker for up to 48 hours, so they are
sealed with a per-environment key that only the producer and CIS loader hold.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ReadPayloadCipher:
    _NONCE = b"mtr-payload1"  # 96-bit, as AES-GCM expects

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ReadPayloadCipher":
        return cls(base64.b64decode(os.environ["READ_PAYLOAD_KEY"]))

    def seal(self, meter_id: str, reads: list[dict]) -> str:
        plaintext = json.dumps({"meter_id": meter_id, "reads": reads}).encode("utf-8")
        sealed = self._aead.encrypt(self._NONCE, plaintext, meter_id.encode("utf-8"))
        return base64.b64encode(sealed).decode("ascii")

    def open(self, meter_id: str, token: str) -> list[dict]:
        sealed = base64.b64decode(token)
        plaintext = self._aead.decrypt(self._NONCE, sealed, meter_id.encode("utf-8"))
        return json.loads(plaintext)["reads"]
