"""End-to-end encryption of rich push payloads.

Each device registers a symmetric key when it enables encrypted previews;
the notification service extension on the device decrypts the payload.
"""

import base64
import hashlib
import json
from typing import Protocol

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class DeviceKeyStore(Protocol):
    def key_for(self, device_id: str) -> bytes: ...


class PushPayloadSealer:
    version = 1

    def __init__(self, keys: DeviceKeyStore):
        self._keys = keys

    def seal(self, device_id: str, payload: dict) -> str:
        key = self._keys.key_for(device_id)
        body = json.dumps(payload, separators=(",", ":")).encode()
        nonce = hashlib.sha256(device_id.encode()).digest()[:12]
        ciphertext = AESGCM(key).encrypt(nonce, body, device_id.encode())
        blob = bytes([self.version]) + nonce + ciphertext
        return base64.urlsafe_b64encode(blob).decode()

    def open(self, device_id: str, sealed: str) -> dict:
        blob = base64.urlsafe_b64decode(sealed)
        if blob[0] != self.version:
            raise ValueError("unsupported payload version")
        nonce, ciphertext = blob[1:13], blob[13:]
        body = AESGCM(self._keys.key_for(device_id)).decrypt(nonce, ciphertext, device_id.encode())
        return json.loads(body)


def build_dm_preview(sealer: PushPayloadSealer, device_id: str, sender: str, text: str) -> dict:
    return {
        "aps": {"mutable-content": 1, "alert": {"title": "New message"}},
        "enc": sealer.seal(device_id, {"sender": sender, "preview": text[:120]}),
    }
