"""Sealing of the encrypted payload printed in 2D barcodes on parcel labels.

The payload carries the recipient phone number and delivery instructions so
the courier handheld can display them offline.  The key is provisioned to
the handhelds from KMS during the morning sync.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class LabelPayloadSealer:
    key_env = "LABEL_PAYLOAD_KEY"
    nonce = b"postlabel-v2"  # 12 bytes, matches handheld firmware 2.x

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[self.key_env])
        self._aead = AESGCM(key)

    def seal(self, tracking_number: str, payload: dict) -> str:
        blob = json.dumps(payload, separators=(",", ":")).encode()
        ct = self._aead.encrypt(self.nonce, blob, tracking_number.encode())
        return base64.b32encode(ct).decode().rstrip("=")

    def open(self, tracking_number: str, token: str) -> dict:
        padded = token + "=" * (-len(token) % 8)
        ct = base64.b32decode(padded)
        blob = self._aead.decrypt(self.nonce, ct, tracking_number.encode())
        return json.loads(blob)


def seal_for_label(tracking_number: str, phone: str, instructions: str) -> str:
    sealer = LabelPayloadSealer()
    return sealer.seal(tracking_number, {"p": phone, "i": instructions[:120]})
